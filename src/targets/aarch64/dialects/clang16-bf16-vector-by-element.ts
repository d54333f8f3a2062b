import type { Switch } from '../../target.js';
import { bf16ScalarHfa } from './clang-bf16-hfa-as-scalars.js';
import { homogeneousAggregate, type HomogeneousAggregate } from '../aapcs64/hfa.js';
import type { PassingRules } from '../aapcs64/rules.js';
import type { Shape } from '../../../layout/shape.js';
import { firstVector } from './vectors.js';
import { clang } from './which.js';

/**
 * A short `__bf16` vector, or an HVA whose first vector is one (clang takes that as the
 * base of every member, as for clang-int128-hva-in-gprs), as clang 16 passes it: its
 * 2-byte elements, each on its own.
 */
export function bf16Elements(s: Shape): HomogeneousAggregate | undefined {
  if (s.k !== 'vector' && !homogeneousAggregate(s)) return undefined;
  const first = firstVector(s);
  return first && first.fp === 'bf16' && (first.size === 8 || first.size === 16) ? { base: 'bf16', count: s.size / 2, memberSize: 2 } : undefined;
}

/** A `__bf16` vector under 8 bytes, returned: clang 16 passes it as a composite but returns its elements one per register. */
export function smallBf16Elements(s: Shape): HomogeneousAggregate | undefined {
  return s.k === 'vector' && s.fp === 'bf16' && s.size < 8 ? { base: 'bf16', count: s.size / 2, memberSize: 2 } : undefined;
}

export const clang16Bf16VectorByElement: Switch = {
  name: 'clang16-bf16-vector-by-element',
  rule: 'a GNU vector of `__bf16` (alone, or as the vectors of an HVA), and an HFA of `__bf16` (clang-bf16-hfa-as-scalars), is passed as its separate elements: one per SIMD/FP register, lane 0, then 8-byte stack slots; returned one per register, as is a `__bf16` vector under 8 bytes',
  reason: "clang 16's back end has no bf16 vector register type and splits the vector into its elements (clang 19 passes it whole, as the text says), with either instruction selector: at -O0 GlobalISel's callee rebuilds the vector with `mov v0.h[1], v2.h[0]` and so on (an oracle that judged places per argument took the caller's stale copy in v1's lane 1 for it). Not modelled: the elements past the last register of a vector that straddles them are not where the callee looks",
  example: 'typedef __bf16 v4bf __attribute__((vector_size(8)));\ntypedef __bf16 v8bf __attribute__((vector_size(16)));\ntypedef short v8s __attribute__((vector_size(16)));\nstruct mixed { v8bf a; v8s b; };\nvoid f(float a, v4bf b);   /* clang 16: b in v1, v2, v3, v4 (2 bytes each); clang 19 and the text: v1 */\nvoid g(struct mixed m);   /* clang 16 -O2: 16 bf16 elements, v0..v7 then stack+0, +8, ...; the text: v0, v1 */\nstruct mixed h(void);   /* clang 16 -O2: through x8, 16 elements for 8 registers; the text: v0, v1 */\ntypedef __bf16 v2bf __attribute__((vector_size(4)));\nv2bf k(void);   /* clang 16: v0, v1 (2 bytes each); clang 19/22: v0 (packed lanes); gcc and the text: x0 */',
  appliesTo: clang(16, 16),
  passing: { vectorByElement: (s) => bf16Elements(s) ?? bf16ScalarHfa(s), returnByElement: smallBf16Elements } satisfies PassingRules,
};
