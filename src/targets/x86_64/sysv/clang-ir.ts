// What clang's X86_64ABIInfo sees of an aggregate through its LLVM IR type, as far as
// GetSSETypeAtOffset and GetX86_64ByValArgumentPair (clang/lib/CodeGen/Targets/X86.cpp)
// need it: the scalar that starts exactly at a byte offset. The IR type of a struct has
// one element per field (a field "contains" the offsets up to the next one, padding
// included, and an array's offsets wrap around its element); a union's is its most
// aligned member (the larger at equal alignment); bit-fields are integer storage. LLVM's
// alignment of i128 changed (8 up to LLVM 17, 16 from 18), which decides a union's storage
// member and which structs are packed LLVM structs: the functions here take that
// alignment, `llvmOf(rules)`. Pure.
import { roundUp } from '../../../layout/round.js';
import type { Field, Shape } from '../../../layout/shape.js';
import type { SysvRules } from './rules.js';

/**
 * What of the LLVM version clang's IR types depend on: the alignment of i128 and wider
 * integers, 8 up to LLVM 17 (clang 14 and 16 then pad { long; __int128 } with an explicit
 * [8 x i8]) and 16 from LLVM 18.
 */
export interface Llvm { i128Align: 8 | 16 }

const LLVM17: Llvm = { i128Align: 8 };
const LLVM18: Llvm = { i128Align: 16 };

/** The LLVM a dialect's clang builds with. */
export const llvmOf = (rules: SysvRules): Llvm => (rules.llvmI128Align16 ? LLVM18 : LLVM17);

/** The scalar (a complex's part) whose IR element starts at byte `off` of `s`, if any. */
export function irLeafAt(llvm: Llvm, s: Shape, off: number): Shape | undefined {
  switch (s.k) {
    case 'record': {
      const fields = irFields(s);
      if (s.rec.def.kind === 'union') {
        const storage = unionStorage(llvm, fields);
        return storage && !storage.bitfield && off < storage.shape.size ? irLeafAt(llvm, storage.shape, off) : undefined;
      }
      // The element containing `off`: the last starting at or before it, unless `off` is
      // in a gap the IR's own alignment does not explain (an explicit [N x i8] padding;
      // in a packed LLVM struct every gap is one).
      let k = -1;
      for (let i = 0; i < fields.length; i++) if (Math.floor(fields[i]!.bitPos / 8) <= off) k = i;
      const at = fields[k];
      if (!at || at.bitfield) return undefined;
      const start = at.bitPos / 8;
      const end = start + at.shape.size;
      if (off >= end) {
        const next = fields.slice(k + 1).find((f) => f.bitPos / 8 > start);
        // LLVM aligns by its own types: an aligned(N) attribute is not one of them.
        if (llvmStruct(llvm, s).packed || (next ? next.bitPos / 8 > roundUp(end, typeIrAlign(llvm, next.shape)) : s.size > roundUp(end, Math.max(1, ...fields.map((f) => typeIrAlign(llvm, f.shape)))))) return undefined;
      }
      return irLeafAt(llvm, at.shape, off - start);
    }
    case 'array': return s.elem.size > 0 ? irLeafAt(llvm, s.elem, off % s.elem.size) : undefined;
    case 'complex': {
      const half = s.size / 2;
      return off === 0 || off === half ? { k: 'fp', fp: s.fp, size: half, align: half, natural: half } : undefined;
    }
    case 'fp': case 'int': return off === 0 ? s : undefined;
    default: return undefined;
  }
}

type Fp = Extract<Shape, { k: 'fp' }>;

const fpAt = (llvm: Llvm, s: Shape, off: number): Fp | undefined => {
  const l = irLeafAt(llvm, s, off);
  return l?.k === 'fp' ? l : undefined;
};
const is16 = (l: Shape | undefined): boolean => l?.k === 'fp' && (l.fp === 'f16' || l.fp === 'bf16');

/**
 * GetSSETypeAtOffset types the first eightbyte as something GetX86_64ByValArgumentPair
 * widens to i64 when the second part would start before byte 8: `<2 x half>` or
 * `<2 x bfloat>` (16-bit floats at bytes 0 and 2 and none starting at byte 4), or a lone
 * `bfloat` (only half and float are widened to double).
 */
export function lowWidenedToI64(llvm: Llvm, s: Shape): boolean {
  const t0 = fpAt(llvm, s, 0);
  if (!t0 || !is16(t0)) return false;
  let t1 = s.size > 2 ? fpAt(llvm, s, 2) : undefined;
  if (!t1) {
    t1 = s.size > 4 ? fpAt(llvm, s, 4) : undefined;
    return t1 === undefined && t0.fp === 'bf16';
  }
  if (!is16(t1)) return false;
  return !(s.size > 4 && fpAt(llvm, s, 4));
}

/**
 * The IR type clang gives the second eightbyte, of class `cls`, is aligned to less than 8
 * (half, float, <2 x half>, i8, i16, i32, i24): it would start at byte 4 after a 4-byte low part.
 */
export function highAlignedBelow8(llvm: Llvm, s: Shape, cls: string): boolean {
  const rem = s.size - 8;
  if (cls === 'SSE') {
    const t0 = fpAt(llvm, s, 8);
    if (!t0) return false;
    if (t0.fp === 'f32') return !(rem > 4 && fpAt(llvm, s, 12));
    if (!is16(t0)) return false;
    let t1 = rem > 2 ? fpAt(llvm, s, 10) : undefined;
    if (!t1) {
      t1 = rem > 4 ? fpAt(llvm, s, 12) : undefined;
      return t1 === undefined;
    }
    if (!is16(t1)) return false;
    return !(rem > 4 && fpAt(llvm, s, 12));
  }
  if (cls === 'INTEGER') {
    // GetINTEGERTypeAtOffset keeps an i8..i32 at byte 8 when nothing follows it there.
    const size = integerAt8(llvm, s);
    if (size !== undefined && size <= 4 && noUserData(s, 8 * (8 + size), 8 * Math.min(16, s.size))) return true;
    return rem <= 4;
  }
  return false;
}

/**
 * clang's BitsContainNoUserData: no member of `s` overlaps bits [from, to). A bit-field,
 * named or not, is taken at its declared type's size, wherever its bits end; a zero-width
 * one is none.
 */
function noUserData(s: Shape, from: number, to: number): boolean {
  if (s.size * 8 <= from) return true;
  switch (s.k) {
    case 'array':
      for (let i = 0; i < s.len && i * s.elem.size * 8 < to; i++) {
        const at = i * s.elem.size * 8;
        if (!noUserData(s.elem, Math.max(0, from - at), to - at)) return false;
      }
      return true;
    case 'record':
      return s.rec.fields.every((f) => f.bitPos >= to || (f.bitfield && f.bits === 0) || noUserData(f.shape, Math.max(0, from - f.bitPos), to - f.bitPos));
    default: return false;
  }
}

/** The size of the integer clang's IR has at byte 8: a scalar, or the storage of bit-fields starting there. */
function integerAt8(llvm: Llvm, s: Shape): number | undefined {
  const l = irLeafAt(llvm, s, 8);
  if (l?.k === 'int') return l.size;
  if (s.k !== 'record' || s.rec.def.kind === 'union') return undefined;
  const run = s.rec.fields.filter((f) => f.bitfield && f.bits > 0 && f.bitPos >= 64 && f.bitPos < 128);
  if (run[0]?.bitPos !== 64 || s.rec.fields.some((f) => !f.bitfield && f.bitPos >= 64 && f.bitPos < 128)) return undefined;
  const bytes = Math.ceil((Math.max(...run.map((f) => f.bitPos + f.bits)) - 64) / 8);
  return bytes <= 1 ? 1 : bytes <= 2 ? 2 : bytes <= 4 ? 4 : 8;
}

/**
 * The LLVM integer type clang stores a bit-field in: as many bytes as its width needs (a
 * union's; a struct's run is wider, see irStartsWithInt128), and LLVM's alignment for it
 * (an integer type no data layout entry names takes the next larger one's: i72 is 16-aligned).
 */
const storageBits = (f: Field): number => 8 * Math.ceil(Math.min(f.bits, 8 * f.shape.size) / 8);
const intAlign = (llvm: Llvm, bits: number): number => (bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : bits <= 64 ? 8 : llvm.i128Align);

/** The alignment of a member's LLVM type, attributes not counted: what picks a union's storage. */
const irAlign = (llvm: Llvm, f: Field): number => (f.bitfield ? intAlign(llvm, storageBits(f)) : typeIrAlign(llvm, f.shape));

/** The size of a member's LLVM type: a bit-field's storage, or the member's own. */
const irSize = (f: Field): number => (f.bitfield ? storageBits(f) / 8 : f.shape.size);

/**
 * The member whose LLVM type clang's lowerUnion stores a union as: the most aligned LLVM
 * type, the larger at equal alignment, the first at a tie. Alignment is the IR type's,
 * attributes not counted, and a bit-field's is its storage integer's: in
 * `union { struct { float a[4]; } x; unsigned __int128 c : 6; }` the storage is `x`, as `c`
 * is an i8. A member of size 0 counts (`long a[0]` is an 8-aligned [0 x i64]).
 */
function unionStorage(llvm: Llvm, fields: readonly Field[]): Field | undefined {
  let best: Field | undefined;
  for (const f of fields) if (!best || irAlign(llvm, f) > irAlign(llvm, best) || (irAlign(llvm, f) === irAlign(llvm, best) && irSize(f) > irSize(best))) best = f;
  return best;
}

/**
 * The alignment of the LLVM type clang gives `s`: a struct's is its elements' (no
 * aligned(N) among them), a union's its storage member's, and 1 where that LLVM struct
 * is packed. An integer wider than 8 bytes (__int128, _BitInt(65) and up) is LLVM's i128
 * or wider, aligned as that LLVM version aligns i128 (see `Llvm`).
 */
function typeIrAlign(llvm: Llvm, s: Shape): number {
  switch (s.k) {
    case 'record': return s.rec.def.kind === 'union' ? unionIrAlign(llvm, s) : structIrAlign(llvm, s);
    case 'array': return typeIrAlign(llvm, s.elem);
    case 'void': return 1;
    case 'int': return s.size > 8 ? llvm.i128Align : s.natural;
    default: return s.natural;
  }
}

/**
 * CGRecordLowering::determinePacked: an LLVM struct is packed (aligned 1) when a member
 * lies at an offset its LLVM type's alignment does not divide, or the size is not a
 * multiple of the largest; otherwise it is aligned as that largest. A C `packed` struct
 * whose members all fall aligned is not packed in LLVM. From LLVM 18 a _BitInt(71) (an
 * i128, 16-aligned, where clang aligns it to 8) at byte 8 packs its struct. Bit-fields'
 * storage units only count towards the largest alignment.
 */
function structIrAlign(llvm: Llvm, s: Record): number {
  return llvmStruct(llvm, s).align;
}

/** How LLVM lays out the struct clang gives `s`: packed or not, and its alignment (1 when packed). */
function llvmStruct(llvm: Llvm, s: Record): { packed: boolean; align: number } {
  const most = Math.max(1, ...irFields(s).map((f) => irAlign(llvm, f)));
  const packed = s.size % most !== 0 || s.rec.fields.some((f) => !f.bitfield && (f.bitPos / 8) % typeIrAlign(llvm, f.shape) !== 0);
  return { packed, align: packed ? 1 : most };
}

/** The members LLVM lays out: a zero-width bit-field is none. */
const irFields = (s: Record): Field[] => s.rec.fields.filter((f) => !(f.bitfield && f.bits === 0));

type Record = Extract<Shape, { k: 'record' }>;

/** lowerUnion: the storage member's alignment; packed (1) when the union's size is not a multiple of it. */
function unionIrAlign(llvm: Llvm, s: Record): number {
  const storage = unionStorage(llvm, irFields(s));
  if (!storage || irSize(storage) > s.size) return 1;
  const a = irAlign(llvm, storage);
  return s.size % a !== 0 ? 1 : a;
}

/**
 * Whether the LLVM type clang gives `s` begins with an i128 at byte 0: an __int128; a
 * union whose storage member (the most aligned LLVM type, the larger at equal alignment)
 * is an i128 bit-field or begins with one; a struct whose first member does, or whose
 * bit-fields from bit 0 (a named one among them, nothing else in its first 16 bytes)
 * have an __int128 one, named or not, across bit 64: clang's access unit from bit 0 then
 * holds both halves. Seen in clang 22: { __int128 : 124; unsigned char x : 1; },
 * { unsigned __int128 x : 30; unsigned __int128 : 70; } and { unsigned __int128 x : 60,
 * y : 10; } are { i128 }; { unsigned long long x : 52; unsigned long : 62; } is
 * { i64, i64 }, { unsigned long x : 48; _BitInt(124) : 80; } { [6 x i8], [10 x i8] },
 * { signed char a : 4; unsigned b : 20; long : 54; } { i32, i64 }.
 */
export function irStartsWithInt128(llvm: Llvm, s: Shape): boolean {
  switch (s.k) {
    case 'int': return s.size === 16 && s.bitint === undefined;
    case 'array': return s.len > 0 && irStartsWithInt128(llvm, s.elem);
    case 'record': {
      const fields = irFields(s);
      if (s.rec.def.kind === 'union') {
        const storage = unionStorage(llvm, fields);
        if (!storage) return false;
        return storage.bitfield ? storageBits(storage) === 128 : irStartsWithInt128(llvm, storage.shape);
      }
      // A member of size 0 at byte 0 (an empty struct) is not what LLVM finds there.
      const first = fields.find((f) => f.bitfield || f.shape.size > 0);
      if (!first || first.bitPos !== 0) return false;
      if (!first.bitfield) return irStartsWithInt128(llvm, first.shape);
      let straddles = false;
      let named = false;
      let k = fields.indexOf(first);
      for (; k < fields.length && fields[k]!.bitfield; k++) {
        const f = fields[k]!;
        straddles ||= f.bitPos < 64 && f.bitPos + f.bits > 64 && irStartsWithInt128(llvm, f.shape);
        named ||= f.member.name !== undefined;
      }
      const next = k < fields.length ? fields[k]!.bitPos : 8 * s.size;
      return named && straddles && next >= 128 && s.size >= 16;
    }
    default: return false;
  }
}

/**
 * clang's isSingleElementStruct: the one member of a struct or union, ignoring empty ones
 * (unnamed bit-fields, members of size 0), through nested records and arrays of one
 * element, when it fills the record and there is no flexible array; undefined otherwise.
 */
export function singleElement(s: Shape): Shape | undefined {
  if (s.k !== 'record' || s.rec.fields.some((f) => f.shape.k === 'array' && f.shape.flexible)) return undefined;
  const data = s.rec.fields.filter((f) => !(f.bitfield && (f.bits === 0 || f.member.name === undefined)) && !(f.shape.size === 0 && !f.bitfield));
  if (data.length !== 1 || data[0]!.bitfield) return undefined;
  let found = data[0]!.shape;
  while (found.k === 'array' && found.len === 1) found = found.elem;
  if (found.k === 'record') found = singleElement(found) ?? found;
  return found.k !== 'record' && found.size === s.size ? found : undefined;
}

/**
 * How many bytes of the SSE eightbyte at byte `off` the IR type GetSSETypeAtOffset picks
 * holds: a double or an 8-byte vector fills it; a lone float, half or bfloat (no second
 * one after it), or <2 x half> with nothing from byte 4, holds only its own bytes.
 */
export function sseIrBytes(llvm: Llvm, s: Shape, off: number): number {
  const left = s.size - off;
  const t0 = fpAt(llvm, s, off);
  if (!t0 || t0.fp === 'f64') return 8;
  let t1 = left > t0.size ? fpAt(llvm, s, off + t0.size) : undefined;
  if (!t1 && is16(t0) && left > 4) t1 = fpAt(llvm, s, off + 4);
  if (!t1) return t0.size;
  if (is16(t0) && is16(t1)) return left > 4 && fpAt(llvm, s, off + 4) ? 8 : 4;
  return 8;
}
