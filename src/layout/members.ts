// The member table the oracle observes (plan.ts layoutEntries, observe.ts layoutsOf):
// named members by C access path, anonymous records flattened into their parent, arrays
// of records described by element [0], unnamed bit-fields left out. `align` is what gcc's
// `__alignof__(v.path)` says: the member's DECL_ALIGN, not its type's alignment.
import type { MemberLayout } from '../data/layout.js';
import type { Field, Shape } from './shape.js';

export function memberLayouts(shape: Shape): MemberLayout[] {
  const out: MemberLayout[] = [];
  if (shape.k === 'record') recordEntries(shape, '', 0, out);
  return out;
}

function recordEntries(shape: Extract<Shape, { k: 'record' }>, base: string, offset: number, out: MemberLayout[]): void {
  for (const f of shape.rec.fields) fieldEntries(f, base, offset, out);
}

function fieldEntries(f: Field, base: string, offset: number, out: MemberLayout[]): void {
  const at = offset + f.bitPos / 8;
  if (f.member.name === undefined) {
    // An unnamed bit-field is padding; an anonymous record's members are the parent's.
    if (!f.bitfield && f.shape.k === 'record') recordEntries(f.shape, base, at, out);
    return;
  }
  const path = `${base}.${f.member.name}`;
  if (f.bitfield) {
    out.push({ path, bitOffset: offset * 8 + f.bitPos, bitWidth: f.bits });
    return;
  }
  out.push({ path, offset: at, size: f.shape.size, align: Math.max(1, f.declAlign / 8) });
  firstElement(f.shape, path, at, out);
}

/** For an array (of arrays) of records, the entries of element [0]...[0]. */
function firstElement(s: Shape, path: string, at: number, out: MemberLayout[]): void {
  if (s.k === 'array') {
    if (s.len > 0) firstElement(s.elem, `${path}[0]`, at, out);
  } else if (s.k === 'record') {
    recordEntries(s, path, at, out);
  }
}
