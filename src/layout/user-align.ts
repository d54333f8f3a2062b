// Whether a type's alignment was asked for (gcc's TYPE_USER_ALIGN): an aligned(N) or
// _Alignas on it, on a typedef of it, or on any member, at any depth (a record takes on
// its fields' user alignment as it lays them out). What gcc's `_Alignof` leaves uncapped.
import type { Shape } from './shape.js';

const seen = new WeakMap<Shape, boolean>();

export function userAligned(s: Shape): boolean {
  let u = seen.get(s);
  if (u === undefined) seen.set(s, (u = compute(s)));
  return u;
}

function compute(s: Shape): boolean {
  switch (s.k) {
    case 'void': return false;
    case 'array': return userAligned(s.elem);
    case 'record':
      return s.align !== s.rec.align || s.rec.def.attrs.aligned !== undefined
        || s.rec.fields.some((f) => f.member.alignas !== undefined || f.member.attrs.aligned !== undefined || userAligned(f.shape));
    default: return s.align !== s.natural;
  }
}
