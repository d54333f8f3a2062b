// GCC's per-field decisions (stor-layout.cc `layout_decl` for a FIELD_DECL), re-expressed
// over Shapes. Positions and alignments are in bits, as in GCC: a plain bit-field has
// DECL_ALIGN 1, so it can start at any bit.
import { GCC_LAYOUT, type LayoutRules } from './rules.js';
import type { Shape } from './shape.js';

/** What the source says about one member, as layout_decl sees it. */
export interface FieldDecl {
  shape: Shape;
  /** Bit-field width, or undefined for an ordinary member. */
  width: number | undefined;
  /** DECL_PACKED. */
  packed: boolean;
  /** DECL_ALIGN from `aligned(N)` / `_Alignas(N)` on the member, in bits; 0 when none. */
  userAlign: number;
  /** A bit-field without a name. */
  unnamed: boolean;
}

/** DECL_ALIGN and DECL_BIT_FIELD, the state layout_decl updates (it may run twice). */
export interface DeclState {
  align: number;
  /** Still a bit-field: GCC turns a byte-aligned, mode-sized one into an ordinary field. */
  bitfield: boolean;
  userAlign: boolean;
}

/** Resets `st` (or a new state) to a field's state before layout_decl. */
export function initialState(f: FieldDecl, st: DeclState = { align: 1, bitfield: false, userAlign: false }): DeclState {
  st.align = f.userAlign || 1;
  st.bitfield = f.width !== undefined;
  st.userAlign = f.userAlign > 0;
  return st;
}

/** Alignment of the integer mode of exactly `bits` bits (QI..TI), if there is one. */
function intModeAlign(bits: number): number | undefined {
  return bits === 8 || bits === 16 || bits === 32 || bits === 64 || bits === 128 ? bits : undefined;
}

function doTypeAlign(st: DeclState, shape: Shape): void {
  st.align = Math.max(st.align, shape.align * 8);
}

/**
 * layout_decl for a field at a position whose alignment is `known` bits (0: the start).
 * `pack` is the `#pragma pack` cap in bits (0: none); it never applies to a zero-width
 * bit-field, and `packed` never does either.
 */
export function layoutDecl(f: FieldDecl, st: DeclState, known: number, pack: number, rules: LayoutRules = GCC_LAYOUT): void {
  const oldUserAlign = st.userAlign;
  const zeroWidth = f.width === 0;
  const packed = f.packed && !zeroWidth;
  if (st.bitfield) {
    if (zeroWidth) doTypeAlign(st, f.shape);
    const xalign = f.shape.k === 'int' ? intModeAlign(f.width!) : undefined;
    // A bit-field that fills an integer mode on a boundary of that mode becomes an
    // ordinary field of the mode, which raises its DECL_ALIGN to the mode's alignment.
    if ((rules.modeFieldPromotes ?? true) && xalign !== undefined && !(xalign > 8 && f.packed) && (known === 0 || known >= xalign)) {
      st.align = Math.max(st.align, xalign);
      st.bitfield = false;
    }
  } else if (!(packed && st.userAlign)) {
    doTypeAlign(st, f.shape);
  }
  if (packed && !oldUserAlign) st.align = Math.min(st.align, 8);
  if (pack !== 0 && !zeroWidth) st.align = Math.min(st.align, pack);
}

/**
 * How a field raises the record's alignment (update_alignment_for_field, PCC rules). On
 * aarch64 unnamed bit-fields count like named ones (TARGET_ALIGN_ANON_BITFIELD); elsewhere
 * (`anonBitFieldsAlign` false) they raise nothing, not even by their aligned(N). A
 * bit-field's declared type counts, capped by `#pragma pack` or `packed` unless it is
 * zero-width.
 */
export function fieldRecordAlign(f: FieldDecl, desired: number, pack: number, rules: LayoutRules): number {
  if (f.width === undefined || f.shape.size === 0) return desired;
  if (f.unnamed && rules.anonBitFieldsAlign === false) return 8;
  return Math.max(desired, cappedTypeAlign(f, pack));
}

/** A bit-field's declared type's alignment, capped by `#pragma pack` or `packed` unless it is zero-width. */
export function cappedTypeAlign(f: FieldDecl, pack: number): number {
  const typeAlign = f.shape.align * 8;
  if (f.width === 0) return typeAlign;
  if (pack !== 0) return Math.min(typeAlign, pack);
  return f.packed ? Math.min(typeAlign, 8) : typeAlign;
}

/** Would a bit-field at `pos` span more alignment units of its type than the type has? */
export function excessUnitSpan(pos: number, width: number, align: number, typeBits: number): boolean {
  const offset = pos % align;
  return Math.floor((offset + width + align - 1) / align) > Math.floor(typeBits / align);
}

/**
 * PCC_BITFIELD_TYPE_MATTERS: does a bit-field at `pos` straddle more units of its declared
 * type's alignment than the type itself has, and so move to the next such boundary (the
 * caller applies the move, see record.ts)? `#pragma pack` turns the rule off; a packed
 * bit-field stays put. With a typedef aligned beyond its size, every bit-field of it
 * moves in gcc (clang checks the span against the type's size instead and mostly leaves
 * it).
 */
export function pccMoves(f: FieldDecl, st: DeclState, pos: number, pack: number): boolean {
  if (!st.bitfield || f.width === undefined || f.width === 0 || pack !== 0 || f.packed) return false;
  return excessUnitSpan(pos, f.width, f.shape.align * 8, f.shape.size * 8);
}


/** The largest power of two dividing n (n > 0). */
export const lowBit = (n: number): number => n & -n;
