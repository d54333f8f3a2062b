// A layout deviation of the compiler itself, the same on every target.
import type { Field } from '../../layout/shape.js';
import type { Switch } from '../target.js';
import { clang } from './which.js';

/**
 * clang's getDeclAlign for a field: a packed field (or one of a packed record) has only
 * the alignment its attributes ask for; any other has its type's (or its attributes', if
 * larger), limited by what its offset in its record, and the record's own alignment
 * (not a typedef's), guarantee.
 */
function alignofMember(f: Field, recordAlign: number): number {
  const asked = Math.max(f.member.alignas ?? 0, f.member.attrs.aligned ?? 0);
  if (f.packed) return asked || 1;
  const offset = f.bitPos / 8;
  const guaranteed = offset === 0 ? recordAlign : Math.min(recordAlign, offset & -offset);
  return Math.min(Math.max(asked, f.shape.align), guaranteed);
}

/** aarch64/DEVIATIONS.md 8. */
export const clangMemberAlignof: Switch = {
  name: 'clang-member-alignof',
  rule: "`__alignof__(v.m)` is what the member's attributes ask when it is packed, else its type's alignment limited by its offset and its record's alignment; #pragma pack and aligned(N) caps do not count",
  reason: "gcc answers with the member's DECL_ALIGN, after `packed`, #pragma pack and aligned(N) caps; clang's getDeclAlign for a field uses the declaration's own attributes and the field's place",
  example: '#pragma pack(push, 4)\nunion s5 { _Alignas(64) short b __attribute__((packed)); };\n#pragma pack(pop)\nvoid f(union s5 x);   /* __alignof__(x.b): clang 64, gcc 4 */',
  appliesTo: clang(),
  layout: { memberAlign: alignofMember },
};
