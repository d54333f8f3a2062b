// Homogeneous aggregates (AAPCS64 §5.9.5): a composite whose flattened members are 1–4
// values of one floating-point type (HFA) or of one short-vector size (HVA), with no
// padding. `_Complex` counts as two members of its part type. Arrays flatten, unions take
// their largest member, empty records and zero-width bit-fields are ignored; any other
// bit-field or a zero-length array member disqualifies.
import type { FpKind, Shape } from '../../../layout/shape.js';
import type { PassingRules } from './rules.js';

/** The base type of a homogeneous aggregate: an FP kind, or a vector size. */
export type HaBase = FpKind | 'v8' | 'v16';

export interface HomogeneousAggregate {
  base: HaBase;
  count: number;
  /** Size of one member in bytes. */
  memberSize: number;
  /** The SIMD/FP registers it counts against NSRN, where fewer than the `count` it fills (a dialect's). */
  counted?: number;
}

// x87 is x86-64's: no aarch64 type has it.
const BASE_BITS: Record<HaBase, number> = { f16: 16, bf16: 16, f32: 32, f64: 64, f128: 128, x87: 128, v8: 64, v16: 128 };

interface Acc {
  base: HaBase | undefined;
  rules: PassingRules;
}

/** The HFA/HVA a composite or complex type is, or undefined. */
export function homogeneousAggregate(s: Shape, rules: PassingRules = {}): HomogeneousAggregate | undefined {
  if (s.k !== 'record' && s.k !== 'array' && s.k !== 'complex') return undefined;
  const only = rules.hfaByOnlyMember?.(s);
  if (only) return homogeneousAggregate(only, {}) ?? (only.k === 'vector' ? { base: only.size === 8 ? 'v8' : 'v16', count: 1, memberSize: only.size } : undefined);
  const acc: Acc = { base: undefined, rules };
  const count = subCandidate(s, acc);
  if (count < 1 || count > 4 || acc.base === undefined || rules.notHfa?.(s, count)) return undefined;
  return { base: acc.base, count, memberSize: BASE_BITS[acc.base] / 8 };
}

function take(acc: Acc, base: HaBase, n: number): number {
  if (acc.rules.hfaBase && !acc.rules.hfaBase(base)) return -1;
  acc.base ??= base;
  return acc.base === base || acc.rules.sameHfaBase?.(acc.base, base) ? n : -1;
}

/** Number of base members in `s`, or -1 when it cannot be part of a homogeneous aggregate. */
function subCandidate(s: Shape, acc: Acc): number {
  let count: number;
  switch (s.k) {
    case 'fp': return take(acc, s.fp, 1);
    case 'complex': return take(acc, s.fp, 2);
    case 'vector': return s.size === 8 || s.size === 16 ? take(acc, s.size === 8 ? 'v8' : 'v16', 1) : -1;
    case 'array': {
      if (s.len === 0) return -1;
      const c = subCandidate(s.elem, acc);
      if (c < 0) return -1;
      count = c * s.len;
      break;
    }
    case 'record': {
      count = 0;
      const union = s.rec.def.kind === 'union';
      for (const f of s.rec.fields) {
        // A zero-width bit-field and an empty record member (or an array of them) hold no
        // members to fail on, even an empty record made of zero-length arrays (a
        // zero-length array directly in the composite does disqualify it: both compilers
        // agree on that).
        if (f.bitfield && f.bits === 0) {
          if (acc.rules.zeroWidthStopsHfa?.(union)) return -1;
          continue;
        }
        const empty = emptyRecordIn(f.shape);
        if (empty) {
          if (acc.rules.zeroWidthMemberStopsHfa?.(empty) || acc.rules.zeroLengthMemberStopsHfa?.(empty)) return -1;
          continue;
        }
        const c = f.bitfield ? -1 : subCandidate(f.shape, acc);
        if (c < 0) return -1;
        count = union ? Math.max(count, c) : count + c;
      }
      break;
    }
    default: return -1;
  }
  // No padding anywhere: the members must tile the whole object.
  const bits = acc.base === undefined ? 0 : BASE_BITS[acc.base];
  return s.size * 8 === count * bits ? count : -1;
}

/** An empty record, or the element of a non-empty array of them, however nested. */
function emptyRecordIn(s: Shape): Extract<Shape, { k: 'record' }> | undefined {
  if (s.k === 'record') return s.size === 0 ? s : undefined;
  return s.k === 'array' && s.len > 0 ? emptyRecordIn(s.elem) : undefined;
}
