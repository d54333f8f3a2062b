import type { Switch } from '../../target.js';
import type { HomogeneousAggregate } from '../aapcs64/hfa.js';
import type { PassingRules } from '../aapcs64/rules.js';
import type { Shape } from '../../../layout/shape.js';
import { at, clang } from './which.js';

/** A short `__bf16` vector as clang 16 passes it: an HFA of its 2-byte elements. */
export function bf16Elements(s: Shape): HomogeneousAggregate | undefined {
  if (s.k !== 'vector') return undefined;
  if (s.fp !== 'bf16' || (s.size !== 8 && s.size !== 16)) return undefined;
  return { base: 'bf16', count: s.size / 2, memberSize: 2 };
}

export const clang16Bf16VectorByElement: Switch = {
  name: 'clang16-bf16-vector-by-element',
  rule: 'a GNU vector of `__bf16` is passed and returned one element per SIMD/FP register, in lane 0, as if it were an HFA of its elements',
  reason: "clang 16's back end has no bf16 vector register type and splits the vector into its elements (clang 19 passes it whole, as the text says). Not modelled: when too few registers are left, clang 16 puts the rest on the stack",
  example: 'typedef __bf16 v4bf __attribute__((vector_size(8)));\nvoid f(float a, v4bf b);   /* clang 16 -O2: b in v1, v2, v3, v4 (2 bytes each); clang 19 and the text: v1 */',
  appliesTo: at('O2', clang(16, 16)),
  passing: { vectorByElement: bf16Elements } satisfies PassingRules,
};
