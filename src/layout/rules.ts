// Where a compiler's layout departs from gcc's, which the engine follows by default: each
// field is set by a dialect switch (src/targets/<target>/dialects/), which holds the rule's
// reason and a minimal example. The engine asks at each such point; an unset field is gcc.
import type { FieldDecl } from './bitfields.js';
import type { Scalar } from '../c/ir.js';
import type { Field, Shape } from './shape.js';

export interface LayoutRules {
  /** A target's own scalar types where they differ from the table's (x86-64's x87 long double). */
  scalars?: Partial<Record<Scalar, Shape>>;
  /** Unnamed bit-fields raise the record's alignment (TARGET_ALIGN_ANON_BITFIELD: aarch64, the default; not x86-64). */
  anonBitFieldsAlign?: boolean;
  /** What `_Alignof` says of a type (default: its alignment). gcc answers min_align_of_type, which caps what no attribute asked for at BIGGEST_ALIGNMENT. */
  alignof?: (s: Shape) => number;
  /** The most a GNU vector is aligned to (default 16, aarch64's; x86-64 aligns one to its size). */
  vectorAlignCap?: number;
  /** An enum's alignment from its size and the `aligned(N)` after its braces (gcc ignores the attribute). */
  enumAlign?: (size: number, aligned: number | undefined) => number;
  /** `_BitInt(N)`'s size, alignment and natural (unattributed) alignment (default: clang 18+'s, scalars.ts bitIntShape). */
  bitInt?: (bits: number) => { size: number; align: number; natural: number };
  /** The `align` column of a member table (`__alignof__(v.m)`) of a field of a record aligned to `recordAlign`: gcc's is DECL_ALIGN. */
  memberAlign?: (f: Field, recordAlign: number) => number;
  /**
   * Where a non-zero-width bit-field of a struct starts, from the first free bit `pos` and
   * the `#pragma pack` cap (bits, 0: none). gcc aligns it to its DECL_ALIGN, then moves it to
   * the next boundary of its declared type when it spans more alignment units than the
   * type has (the PCC rule).
   */
  bitFieldPosition?: (f: FieldDecl, pos: number, pack: number) => number;
  /** A bit-field filling an integer mode on its boundary becomes an ordinary field of that mode (gcc). */
  modeFieldPromotes?: boolean;
  /** Which alignment of a bit-field counts in the record's natural alignment. */
  naturalBitFieldAlign?: (declaredTypeAlign: number, cappedAlign: number) => number;
}

/** gcc's layout: the engine's own rules. */
export const GCC_LAYOUT: LayoutRules = Object.freeze({});
