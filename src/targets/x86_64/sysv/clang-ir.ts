// What clang's X86_64ABIInfo sees of an aggregate through its LLVM IR type, as far as
// GetSSETypeAtOffset and GetX86_64ByValArgumentPair (clang/lib/CodeGen/Targets/X86.cpp)
// need it: the scalar that starts exactly at a byte offset. The IR type of a struct has
// one element per field (a field "contains" the offsets up to the next one, padding
// included, and an array's offsets wrap around its element); a union's is its most
// aligned member (the larger at equal alignment); bit-fields are integer storage. Pure.
import { masksOf } from '../../../layout/masks.js';
import { roundUp } from '../../../layout/round.js';
import type { Field, Shape } from '../../../layout/shape.js';

/** The scalar (a complex's part) whose IR element starts at byte `off` of `s`, if any. */
export function irLeafAt(s: Shape, off: number): Shape | undefined {
  switch (s.k) {
    case 'record': {
      const fields = s.rec.fields.filter((f) => !(f.bitfield && f.bits === 0));
      if (s.rec.def.kind === 'union') {
        let best: Field | undefined;
        for (const f of fields) if (f.shape.size > 0 || f.bitfield) if (!best || f.shape.align > best.shape.align || (f.shape.align === best.shape.align && f.shape.size > best.shape.size)) best = f;
        return best && !best.bitfield && off < best.shape.size ? irLeafAt(best.shape, off) : undefined;
      }
      // The element containing `off`: the last starting at or before it, unless `off` is
      // in a gap the IR's own alignment does not explain (an explicit [N x i8] padding).
      let k = -1;
      for (let i = 0; i < fields.length; i++) if (Math.floor(fields[i]!.bitPos / 8) <= off) k = i;
      const at = fields[k];
      if (!at || at.bitfield) return undefined;
      const start = at.bitPos / 8;
      const end = start + at.shape.size;
      if (off >= end) {
        const next = fields.slice(k + 1).find((f) => f.bitPos / 8 > start);
        if (next ? next.bitPos / 8 > roundUp(end, next.shape.align) : s.size > roundUp(end, Math.max(1, ...fields.map((f) => f.shape.align)))) return undefined;
      }
      return irLeafAt(at.shape, off - start);
    }
    case 'array': return s.elem.size > 0 ? irLeafAt(s.elem, off % s.elem.size) : undefined;
    case 'complex': {
      const half = s.size / 2;
      return off === 0 || off === half ? { k: 'fp', fp: s.fp, size: half, align: half, natural: half } : undefined;
    }
    case 'fp': case 'int': return off === 0 ? s : undefined;
    default: return undefined;
  }
}

type Fp = Extract<Shape, { k: 'fp' }>;

const fpAt = (s: Shape, off: number): Fp | undefined => {
  const l = irLeafAt(s, off);
  return l?.k === 'fp' ? l : undefined;
};
const is16 = (l: Shape | undefined): boolean => l?.k === 'fp' && (l.fp === 'f16' || l.fp === 'bf16');

/**
 * GetSSETypeAtOffset types the first eightbyte as something GetX86_64ByValArgumentPair
 * widens to i64 when the second part would start before byte 8: `<2 x half>` or
 * `<2 x bfloat>` (16-bit floats at bytes 0 and 2 and none starting at byte 4), or a lone
 * `bfloat` (only half and float are widened to double).
 */
export function lowWidenedToI64(s: Shape): boolean {
  const t0 = fpAt(s, 0);
  if (!t0 || !is16(t0)) return false;
  let t1 = s.size > 2 ? fpAt(s, 2) : undefined;
  if (!t1) {
    t1 = s.size > 4 ? fpAt(s, 4) : undefined;
    return t1 === undefined && t0.fp === 'bf16';
  }
  if (!is16(t1)) return false;
  return !(s.size > 4 && fpAt(s, 4));
}

/**
 * The IR type clang gives the second eightbyte, of class `cls`, is aligned to less than 8
 * (half, float, <2 x half>, i8, i16, i32, i24): it would start at byte 4 after a 4-byte low part.
 */
export function highAlignedBelow8(s: Shape, cls: string): boolean {
  const rem = s.size - 8;
  if (cls === 'SSE') {
    const t0 = fpAt(s, 8);
    if (!t0) return false;
    if (t0.fp === 'f32') return !(rem > 4 && fpAt(s, 12));
    if (!is16(t0)) return false;
    let t1 = rem > 2 ? fpAt(s, 10) : undefined;
    if (!t1) {
      t1 = rem > 4 ? fpAt(s, 12) : undefined;
      return t1 === undefined;
    }
    if (!is16(t1)) return false;
    return !(rem > 4 && fpAt(s, 12));
  }
  if (cls === 'INTEGER') {
    const l = irLeafAt(s, 8);
    if (l?.k === 'int' && l.size <= 4) {
      const bits = masksOf(s).bits;
      let empty = true;
      for (let j = 8 + l.size; j < Math.min(16, s.size); j++) if (bits[j] !== 0) empty = false;
      if (empty) return true;
    }
    return rem <= 4;
  }
  return false;
}
