// Whether pahole infers that a struct was declared `packed` (dwarves.c
// `class__infer_packed_attributes`), as its 1.31 function filter asks it of a struct
// passed on the stack. DWARF says nothing of `packed`, so pahole guesses from the layout:
// * a struct with any hole between members, or tail padding, is taken as not packed,
//   whatever else is true of it (packing removes holes);
// * otherwise it is packed when some member (of natural alignment above 1) sits at an
//   offset that is not a multiple of its natural alignment, when its size is not a
//   multiple of the largest such alignment, or when its DW_AT_alignment says 1 although a
//   member wants more.
// Misses, by construction: a `packed` that moved nothing (`{long a; long b;}`,
// `{__int128 x;}`), `aligned(N)` on the struct or a member, a packed struct that also has
// padding. Example: `struct {char c; int i;} __attribute__((packed))` (i at 1, size 5) is
// inferred packed; `struct {__int128 x;} __attribute__((packed))` is not.
// A bit-field member counts as its storage unit (the declared type at the offset rounded
// down to it), as DWARF 2 style offsets give it; pahole's exact bit-field accounting was not
// verified. Side effects of pahole's other passes that may mark a struct packed (an
// embedded struct at an unnatural offset, a union member) are not modelled.
import type { BtfMember, RecordType } from '../func-model/btf.js';
import { naturalAlignment } from './natural-alignment.js';
import { resolvedSize } from '../func-model/btf.js';

/** [start, end) bytes of a member as pahole accounts for it. */
function extent(m: BtfMember): [number, number] {
  const size = resolvedSize(m.type) ?? 0;
  if (m.bitfieldSize === 0 || size === 0) return [m.bitOffset / 8, m.bitOffset / 8 + size];
  const start = Math.floor(m.bitOffset / (8 * size)) * size;
  return [start, start + size];
}

/** A byte no member covers before the last member's end (a hole), or after it (tail padding). */
export function hasHoleOrPadding(r: RecordType): boolean {
  let end = 0;
  for (const [start, stop] of r.members.map(extent).sort((a, b) => a[0] - b[0])) {
    if (start > end) return true;
    end = Math.max(end, stop);
  }
  return r.size > end;
}

export function infersPacked(r: RecordType): boolean {
  if (hasHoleOrPadding(r)) return false;
  let maxAlign = 1;
  for (const m of r.members) {
    const na = naturalAlignment(m.type);
    if (na === 1) continue;
    maxAlign = Math.max(maxAlign, na);
    if (Math.floor(extent(m)[0]) % na !== 0) return true;
  }
  return (maxAlign !== 1 && r.alignAttr === 1) || r.size % maxAlign !== 0;
}
