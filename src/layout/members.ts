// The member table the oracle observes (plan.ts layoutEntries, observe.ts layoutsOf):
// named members by C access path, anonymous records flattened into their parent, arrays
// of records described by element [0], unnamed bit-fields left out. `align` is what gcc's
// `__alignof__(v.path)` says: the member's DECL_ALIGN, not its type's alignment (a
// dialect may say otherwise: `rules.memberAlign`).
import type { MemberLayout } from '../data/layout.js';
import { GCC_LAYOUT, type LayoutRules } from './rules.js';
import type { Field, Shape } from './shape.js';

export function memberLayouts(shape: Shape, rules: LayoutRules = GCC_LAYOUT): MemberLayout[] {
  const out: MemberLayout[] = [];
  if (shape.k === 'record') recordEntries(shape, '', 0, out, rules);
  return out;
}

function recordEntries(shape: Extract<Shape, { k: 'record' }>, base: string, offset: number, out: MemberLayout[], rules: LayoutRules): void {
  // The record's own alignment: a typedef's aligned(N) changes the value's, not the fields'.
  for (const f of shape.rec.fields) fieldEntries(f, shape.rec.align, base, offset, out, rules);
}

/** `parentAlign`: the alignment of the record `f` is a member of, as laid out. */
function fieldEntries(f: Field, parentAlign: number, base: string, offset: number, out: MemberLayout[], rules: LayoutRules): void {
  const at = offset + f.bitPos / 8;
  if (f.member.name === undefined) {
    // An unnamed bit-field is padding; an anonymous record's members are the parent's.
    if (!f.bitfield && f.shape.k === 'record') recordEntries(f.shape, base, at, out, rules);
    return;
  }
  const path = `${base}.${f.member.name}`;
  if (f.bitfield) {
    out.push({ path, bitOffset: offset * 8 + f.bitPos, bitWidth: f.bits });
    return;
  }
  const align = rules.memberAlign ? rules.memberAlign(f, parentAlign) : Math.max(1, f.declAlign / 8);
  out.push({ path, offset: at, size: f.shape.size, align });
  firstElement(f.shape, path, at, out, rules);
}

/** For an array (of arrays) of records, the entries of element [0]...[0]. */
function firstElement(s: Shape, path: string, at: number, out: MemberLayout[], rules: LayoutRules): void {
  if (s.k === 'array') {
    if (s.len > 0) firstElement(s.elem, `${path}[0]`, at, out, rules);
  } else if (s.k === 'record') {
    recordEntries(s, path, at, out, rules);
  }
}
