import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import type { Placement } from '../aapcs64/assign.js';
import type { VectorShape } from './vectors.js';
import { clang } from './which.js';

/**
 * A returned vector under 8 bytes in v0 as LLVM widens it to a 64-bit vector: floating
 * elements packed (more lanes), integer elements each in a lane of 8/count bytes.
 */
function inV0(v: VectorShape): Placement {
  const size = v.elem.size;
  const count = v.size / size;
  const lane = v.elem.k === 'fp' || count === 1 ? size : 8 / count;
  const bytes = Array.from({ length: v.size }, (_, j) => `v0.${Math.floor(j / size) * lane + (j % size)}`);
  return { where: 'members', stride: size, pieces: Array.from({ length: count }, () => 'v0'), bytes };
}

export const clangSmallVectorReturnInV0: Switch = {
  name: 'clang-small-vector-return-in-v0',
  rule: 'a GNU vector smaller than 8 bytes is returned in v0, widened to 64 bits: floating-point elements packed, integer elements one per 64/count-bit lane',
  reason: "clang returns the vector type as it is, and LLVM's type legalizer widens a vector narrower than a register: more lanes for floating point, wider lanes for integers; the text returns such a composite-like value in x0, as gcc does",
  example: 'typedef char v2c __attribute__((vector_size(2)));\nv2c f(void);   /* clang: bytes in v0.0 and v0.4; gcc and the text: x0.0, x0.1 */',
  appliesTo: clang(),
  passing: { returnAt: (s) => (s.k === 'vector' && s.size < 8 ? inV0(s) : undefined) } satisfies PassingRules,
};
