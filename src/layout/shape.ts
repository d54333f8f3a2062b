// The model's view of a C type: what layout and argument classification need to know,
// with typedefs, tags and attributes already resolved. A Shape is to the model what a
// GCC `tree` type node is to aarch64.cc: size and alignment (TYPE_ALIGN, including
// attributes), the alignment of the unattributed type (TYPE_MAIN_VARIANT, used by the
// AAPCS64 "natural alignment" of non-composites), and the class of value it holds.
import type { Member, RecordDef } from '../c/ir.js';

/**
 * Floating-point base types: what an HFA's members must all be. `x87` is x86-64's long
 * double: the 80-bit extended format in 16 bytes, whose last 6 are padding.
 */
export type FpKind = 'f16' | 'bf16' | 'f32' | 'f64' | 'f128' | 'x87';

/** The value bytes of x87's extended format, from the start of its 16-byte slot. */
export const X87_VALUE_BYTES = 10;

interface Sized {
  /** sizeof, bytes. */
  size: number;
  /** _Alignof, bytes: typedef and record attributes included. */
  align: number;
}

/** A non-composite: `natural` is the alignment of the type stripped of attributes. */
interface Scalarish extends Sized {
  natural: number;
  /**
   * The alignment of the type with typedefs stripped but its own attributes kept (clang's
   * canonical type), where that differs from `natural`: only an enum whose own aligned(N)
   * a dialect honours (clang-enum-aligned).
   */
  canonical?: number;
}

export type Shape =
  | (Sized & { k: 'void' })
  /** Integers, enums, pointers, `_Bool`, `_BitInt(N)` (with `bitint` = N). */
  | (Scalarish & { k: 'int'; bool: boolean; bitint?: number })
  | (Scalarish & { k: 'fp'; fp: FpKind })
  | (Scalarish & { k: 'complex'; fp: FpKind })
  /** A GNU vector of `elem`; `fp` is that element type when it is a floating-point one. */
  | (Scalarish & { k: 'vector'; fp?: FpKind; elem: Shape })
  | (Sized & { k: 'record'; rec: RecordLayout })
  /** `len` 0 for both `[0]` and the flexible `[]` (then `flexible`). */
  | (Sized & { k: 'array'; elem: Shape; len: number; flexible: boolean });

export type RecordShape = Extract<Shape, { k: 'record' }>;

/** One FIELD_DECL after GCC's place_field: positions and alignments in bits. */
export interface Field {
  member: Member;
  shape: Shape;
  /** Offset of the field's first bit from the start of the record. */
  bitPos: number;
  /** DECL_SIZE: the width of a bit-field, else the type's size in bits. */
  bits: number;
  /** DECL_ALIGN after layout (and re-layout), in bits; 1 for a plain bit-field. */
  declAlign: number;
  /** Declared with a width (`: N`), zero-width ones included. */
  bitfield: boolean;
  /**
   * A bit-field gcc's layout_decl made an ordinary field of an integer mode: it fills the
   * mode exactly, on a boundary of it (`int : 16` at bit 0 is an HImode field).
   */
  modeField: boolean;
  /** DECL_PACKED. */
  packed: boolean;
}

export interface RecordLayout {
  def: RecordDef;
  size: number;
  align: number;
  fields: Field[];
  /**
   * AAPCS64 natural alignment, bytes: the alignment the members give the record (member
   * attributes, `packed` and `#pragma pack` applied; bit-fields by their declared type),
   * before the record's own aligned(N).
   */
  natural: number;
}

/** The fields of every kind of Shape together. */
interface AnyShape {
  k: Shape['k'];
  size: number;
  align: number;
  natural?: number;
  canonical?: number;
  bool?: boolean;
  bitint?: number;
  fp?: FpKind;
  rec?: RecordLayout;
  elem?: Shape;
  len?: number;
  flexible?: boolean;
}

/**
 * `s` as an object with every field of AnyShape in one order (unused ones undefined), so
 * that V8 gives every Shape one hidden class and the model's many reads of `k`, `size`
 * and `align` stay monomorphic (the model runs about 10% faster than with a class per kind).
 */
export function shape<S extends Shape>(s: S): S {
  const f: AnyShape = s;
  const u: AnyShape = {
    k: f.k, size: f.size, align: f.align, natural: f.natural, canonical: f.canonical, bool: f.bool, bitint: f.bitint,
    fp: f.fp, rec: f.rec, elem: f.elem, len: f.len, flexible: f.flexible,
  };
  return u as unknown as S;
}

/** `s` with another alignment (a typedef's `aligned(N)`). */
export function withAlign<S extends Shape>(s: S, align: number): S {
  const u = shape(s);
  u.align = align;
  return u;
}

export const isComposite = (s: Shape): s is RecordShape | Extract<Shape, { k: 'array' }> => s.k === 'record' || s.k === 'array';
