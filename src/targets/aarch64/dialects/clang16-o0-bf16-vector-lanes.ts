import type { Switch } from '../../target.js';
import { bf16ScalarHfa } from './clang-bf16-hfa-as-scalars.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { bf16Elements, smallBf16Elements } from './clang16-bf16-vector-by-element.js';
import { firstVector } from './vectors.js';
import { clang, globalIsel } from './which.js';

export const clang16O0Bf16VectorLanes: Switch = {
  name: 'clang16-o0-bf16-vector-lanes',
  rule: 'a GNU vector of `__bf16` (alone, or each vector of an HVA) takes one SIMD/FP register per element, but a callee finds its first two elements in lanes 0 and 1 of the vector\'s first register (a returned one is read per element)',
  reason: "clang 16 splits the vector into its elements as at -O2 (clang16-bf16-vector-by-element), and its -O0 instruction selector rebuilds the first pair of elements from one register: the second register is taken and never read. A vector that starts on the stack keeps its 8-byte slots. Not modelled: when the vector straddles the last register and the stack, the callee reads its first stack element from elsewhere in its frame",
  example: 'typedef __bf16 v4bf __attribute__((vector_size(8)));\nstruct two { v4bf a, b; };\nvoid f(float a, v4bf b);   /* clang 16 -O0: b in v1 (lanes 0, 1), v3, v4 */\nvoid g(struct two t);   /* clang 16 -O0: t in v0 (lanes 0, 1), v2, v3, v4 (lanes 0, 1), v6, v7 */',
  appliesTo: globalIsel(clang(16, 16)),
  passing: { vectorByElement: (s) => bf16Elements(s) ?? bf16ScalarHfa(s), sharedLanes: (s) => (bf16Elements(s) ? { group: firstVector(s)!.size / 2, lanes: 2 } : undefined), returnByElement: smallBf16Elements } satisfies PassingRules,
};
