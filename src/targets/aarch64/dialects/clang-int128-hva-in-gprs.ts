import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import type { Shape } from '../../../layout/shape.js';
import { firstVector, ofIntegers } from './vectors.js';
import { clang, selectionDag } from './which.js';

/** An HVA whose first vector holds `__int128`s: clang makes every member that vector type. */
export function int128Hva(s: Shape): boolean {
  if (s.k === 'vector' || s.k === 'complex') return false;
  const first = firstVector(s);
  return first !== undefined && ofIntegers(16)(first);
}

export const clangInt128HvaInGprs: Switch = {
  name: 'clang-int128-hva-in-gprs',
  rule: 'an HVA whose first vector holds `__int128` is passed in general registers, two per member, from the next free one (odd or even), or on the stack, 16-aligned',
  reason: "clang takes the HVA's first member type as its base, `<1 x i128>`, and passes `[N x <1 x i128>]`; LLVM legalizes each member to i128, a general register pair; gcc and the text use SIMD/FP registers",
  example: 'typedef __int128 v1q __attribute__((vector_size(16)));\nstruct hq { v1q a, b; };\nvoid f(char c, struct hq v, int y);   /* clang -O2: v in x1..x4, y in x5; gcc and the text: v in v0, v1, y in x1 */',
  appliesTo: selectionDag(clang()),
  passing: { hvaInGprs: (s) => (int128Hva(s) ? 'next' : undefined) } satisfies PassingRules,
};
