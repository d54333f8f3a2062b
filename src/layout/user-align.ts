// Whether a type's alignment was asked for (gcc's TYPE_USER_ALIGN): an aligned(N) on it or
// on a typedef of it (even one that repeats the type's own alignment), or a member whose
// FIELD_DECL keeps DECL_USER_ALIGN, at any depth (a record takes on its fields' user
// alignment as it lays them out). What gcc's `_Alignof` leaves uncapped. Only gcc's
// x86-64 `_Alignof` dialect reads this: no layout depends on it.
import type { Field, Shape } from './shape.js';

const seen = new WeakMap<Shape, boolean>();
const asked = new WeakSet<Shape>();

/** `s` was made by a typedef's aligned(N): TYPE_USER_ALIGN whatever N is. */
export function markUserAligned<S extends Shape>(s: S): S {
  asked.add(s);
  return s;
}

export function userAligned(s: Shape): boolean {
  let u = seen.get(s);
  if (u === undefined) seen.set(s, (u = compute(s)));
  return u;
}

function compute(s: Shape): boolean {
  if (asked.has(s)) return true;
  switch (s.k) {
    case 'void': return false;
    case 'array': return userAligned(s.elem);
    case 'record':
      return s.align !== s.rec.align || s.rec.def.attrs.aligned !== undefined
        || s.rec.fields.some((f) => fieldUserAligned(f, s.rec.def.kind === 'union'));
    default: return s.align !== s.natural;
  }
}

/**
 * DECL_USER_ALIGN after layout_decl, as update_alignment_for_field passes it on to the
 * record. An aligned(N)/_Alignas on the member sets it; for a member that is not a
 * bit-field (and a zero-width bit-field) do_type_align then copies the type's
 * TYPE_USER_ALIGN over it when the type is aligned more than N (a packed non-bit-field
 * keeps the member's own), so `union { v32 b __attribute__((aligned(16))); }` or
 * `__int128 : 0 __attribute__((aligned(2)))` leave the record's `_Alignof` capped. A
 * bit-field of nonzero width keeps its attribute's flag; its type's TYPE_USER_ALIGN is
 * added when it is named (update_alignment_for_field) or, in a struct, when it is not
 * packed (place_field's PCC_BITFIELD_TYPE_MATTERS branch, which a union's
 * place_union_field never reaches, nor a bit-field layout_decl made a field of its mode):
 * `struct { v32 a; t : 6; }` with t a typedef aligned(8) is uncapped, `union { t : 1;
 * v64 b; }` and `struct { c : 8; v32 a; }` with c a typedef char aligned(1) are capped.
 */
function fieldUserAligned(f: Field, inUnion: boolean): boolean {
  const m = f.member;
  const asked = Math.max(m.alignas ?? 0, m.attrs.aligned ?? 0);
  if (f.bitfield && m.bits !== 0) return asked > 0 || ((m.name !== undefined || (!inUnion && !f.packed && !f.modeField)) && userAligned(f.shape));
  if (asked === 0) return userAligned(f.shape);
  if ((f.packed && !f.bitfield) || asked >= f.shape.align) return true;
  return userAligned(f.shape);
}
