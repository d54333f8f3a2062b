// Struct and union layout with GCC's semantics (stor-layout.cc place_field,
// place_union_field, finalize_record_size) for aarch64 Linux: member attributes,
// `packed`, `#pragma pack`, bit-fields (PCC rules, zero-width, unnamed) and flexible
// arrays. Positions are in bits until the end.
import type { Member, RecordDef } from '../c/ir.js';
import { cappedTypeAlign, fieldRecordAlign, initialState, layoutDecl, lowBit, pccMoves, type DeclState, type FieldDecl } from './bitfields.js';
import { GCC_LAYOUT, type LayoutRules } from './rules.js';
import { roundUp } from './round.js';
import type { Field, RecordLayout, Shape } from './shape.js';

/** GCC's BIGGEST_ALIGNMENT on aarch64, in bits. */
const BIGGEST_ALIGNMENT = 128;
const NO_ATTRS: Member['attrs'] = {};
/** layout_decl's state for the field being placed; layout is synchronous, so one will do. */
const SCRATCH: DeclState = { align: 1, bitfield: false, userAlign: false };

export function fieldDecl(def: RecordDef, m: Member, shape: Shape): FieldDecl {
  const anonymous = m.name === undefined && m.bits === undefined;
  // gcc ignores `packed` / `aligned` written on an anonymous struct member (with a
  // warning); `_Alignas` there is honoured.
  const attrs = anonymous ? NO_ATTRS : m.attrs;
  // DECL_PACKED. (gcc ignores `packed` on a byte-aligned ordinary member, where it changes
  // nothing; on a byte-aligned bit-field it matters: the bit-field may straddle a byte.)
  const packed = def.attrs.packed === true || attrs.packed === true;
  const userAlign = Math.max(m.alignas ?? 0, attrs.aligned ?? 0) * 8;
  return { shape, width: m.bits, packed, userAlign, unnamed: m.name === undefined && m.bits !== undefined };
}

/**
 * GCC keeps a position as a byte offset that is a multiple of `offsetAlign` plus a bit
 * position below it (rli->offset, rli->bitpos, normalize_rli), and some roundings apply
 * to the bit part only: kept in the same split, in bits, so those quirks come out alike.
 */
interface Acc {
  offset: number;
  bitpos: number;
  offsetAlign: number;
  recordAlign: number;
}

function normalize(acc: Acc): void {
  if (acc.bitpos >= acc.offsetAlign) {
    const extra = Math.floor(acc.bitpos / acc.offsetAlign) * acc.offsetAlign;
    acc.offset += extra;
    acc.bitpos -= extra;
  }
}

/** The alignment the next position is known to have; `atStart` when it is 0. */
function knownAlign(acc: Acc, atStart: number): number {
  if (acc.bitpos !== 0) return lowBit(acc.bitpos);
  return acc.offset === 0 ? atStart : lowBit(acc.offset);
}

function placeStructField(f: FieldDecl, m: Member, acc: Acc, pack: number, rules: LayoutRules): Field {
  const st = initialState(f, SCRATCH);
  let known = knownAlign(acc, 0);
  layoutDecl(f, st, known, pack, rules);
  const desired = st.align;
  acc.recordAlign = Math.max(acc.recordAlign, fieldRecordAlign(f, desired, pack, rules));
  if (rules.bitFieldPosition && f.width !== undefined && f.width > 0) return placeBitFieldBy(rules.bitFieldPosition, f, m, st, acc, pack);
  if (known === 0) known = Math.max(BIGGEST_ALIGNMENT, acc.recordAlign);
  if (known < desired) {
    if (desired < acc.offsetAlign) acc.bitpos = roundUp(acc.bitpos, desired);
    else {
      acc.offset = roundUp(acc.offset + roundUp(acc.bitpos, 8), desired);
      acc.bitpos = 0;
    }
  }
  // The PCC rule rounds the bit part only: with a typedef aligned beyond offsetAlign the
  // field lands on a boundary relative to the current chunk, not to the record.
  if (pccMoves(f, st, acc.offset + acc.bitpos, pack)) acc.bitpos = roundUp(acc.bitpos, f.shape.align * 8);
  normalize(acc);
  const actual = knownAlign(acc, Math.max(BIGGEST_ALIGNMENT, acc.recordAlign));
  // A field that moved is laid out again: it may now fill an integer mode exactly.
  if (actual !== known) layoutDecl(f, st, actual, pack, rules);
  const pos = acc.offset + acc.bitpos;
  const bits = fieldBits(f);
  acc.bitpos += bits;
  normalize(acc);
  return { member: m, shape: f.shape, bitPos: pos, bits, declAlign: st.align, bitfield: f.width !== undefined, modeField: f.width !== undefined && !st.bitfield, packed: f.packed };
}

/** A bit-field placed by a dialect's own rule (rules.bitFieldPosition) instead of gcc's. */
function placeBitFieldBy(position: NonNullable<LayoutRules['bitFieldPosition']>, f: FieldDecl, m: Member, st: DeclState, acc: Acc, pack: number): Field {
  const from = acc.offset + acc.bitpos;
  const pos = position(f, from, pack);
  acc.bitpos += pos - from + f.width!;
  normalize(acc);
  return { member: m, shape: f.shape, bitPos: pos, bits: f.width!, declAlign: st.align, bitfield: true, modeField: false, packed: f.packed };
}

function placeUnionField(f: FieldDecl, m: Member, acc: Acc, pack: number, rules: LayoutRules): Field {
  const st = initialState(f, SCRATCH);
  layoutDecl(f, st, 0, pack, rules);
  acc.recordAlign = Math.max(acc.recordAlign, fieldRecordAlign(f, st.align, pack, rules));
  const bits = fieldBits(f);
  acc.offset = Math.max(acc.offset, roundUp(bits, 8));
  return { member: m, shape: f.shape, bitPos: 0, bits, declAlign: st.align, bitfield: f.width !== undefined, modeField: f.width !== undefined && !st.bitfield, packed: f.packed };
}

/** DECL_SIZE: a flexible array member has none, so it adds nothing. */
function fieldBits(f: FieldDecl): number {
  return f.width ?? f.shape.size * 8;
}

/** What a field adds to the record's natural alignment; a bit-field's declared type may count uncapped (a dialect's rule). */
function naturalOf(f: FieldDecl, declAlign: number, pack: number, rules: LayoutRules): number {
  const capped = fieldRecordAlign(f, declAlign, pack, rules);
  if (f.width === undefined || f.shape.size === 0 || !rules.naturalBitFieldAlign) return capped;
  return Math.max(declAlign, rules.naturalBitFieldAlign(f.shape.align * 8, cappedTypeAlign(f, pack)));
}

/**
 * Lays out `def` whose members have the given shapes. `pack` is the `#pragma pack(N)` in
 * force where the record was defined, in bytes (undefined: none).
 */
export function layoutRecord(def: RecordDef, shapes: readonly Shape[], pack: number | undefined, rules: LayoutRules = GCC_LAYOUT): RecordLayout {
  const packBits = (pack ?? 0) * 8;
  // The record's own aligned(N) is a floor for its alignment; it never lowers it.
  const recordAlign = Math.max(8, (def.attrs.aligned ?? 0) * 8);
  const acc: Acc = { offset: 0, bitpos: 0, offsetAlign: Math.max(recordAlign, BIGGEST_ALIGNMENT), recordAlign };
  const place = def.kind === 'union' ? placeUnionField : placeStructField;
  let natural = 0;
  const fields = def.members.map((m, i) => {
    const decl = fieldDecl(def, m, shapes[i]!);
    const field = place(decl, m, acc, packBits, rules);
    natural = Math.max(natural, naturalOf(decl, field.declAlign, packBits, rules));
    return field;
  });
  const align = acc.recordAlign / 8;
  const size = roundUp(Math.ceil((acc.offset + acc.bitpos) / 8), align);
  return { def, size, align, fields, natural: natural / 8 };
}

