import type { Switch } from '../../target.js';
import { homogeneousAggregate, type HomogeneousAggregate } from '../aapcs64/hfa.js';
import type { PassingRules } from '../aapcs64/rules.js';
import type { Shape } from '../../../layout/shape.js';
import { at, clang } from './which.js';

/** A short `__bf16` vector, or an HVA of them, as clang 16 passes it: its 2-byte elements, each on its own. */
export function bf16Elements(s: Shape): HomogeneousAggregate | undefined {
  if (s.k !== 'vector' && !homogeneousAggregate(s)) return undefined;
  return onlyBf16Vectors(s) ? { base: 'bf16', count: s.size / 2, memberSize: 2 } : undefined;
}

/** Every byte of `s` belongs to a short `__bf16` vector (records and arrays of them). */
function onlyBf16Vectors(s: Shape): boolean {
  switch (s.k) {
    case 'vector': return s.fp === 'bf16' && (s.size === 8 || s.size === 16);
    case 'array': return s.len > 0 && onlyBf16Vectors(s.elem);
    case 'record': {
      const full = s.rec.fields.filter((f) => f.shape.size > 0 || f.bitfield);
      return full.length > 0 && full.every((f) => !f.bitfield && onlyBf16Vectors(f.shape));
    }
    default: return false;
  }
}

export const clang16Bf16VectorByElement: Switch = {
  name: 'clang16-bf16-vector-by-element',
  rule: 'a GNU vector of `__bf16` (alone, or as the vectors of an HVA) is passed as its separate elements: one per SIMD/FP register, lane 0, then 8-byte stack slots; returned one per register',
  reason: "clang 16's back end has no bf16 vector register type and splits the vector into its elements (clang 19 passes it whole, as the text says). Not modelled: the elements past the last register of a vector that straddles them are not where the callee looks",
  example: 'typedef __bf16 v4bf __attribute__((vector_size(8)));\nvoid f(float a, v4bf b);   /* clang 16 -O2: b in v1, v2, v3, v4 (2 bytes each); clang 19 and the text: v1 */',
  appliesTo: at('O2', clang(16, 16)),
  passing: { vectorByElement: bf16Elements } satisfies PassingRules,
};
