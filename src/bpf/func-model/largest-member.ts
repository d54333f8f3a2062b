// The 2025 arm64 many-args RFC's `arg_largest_member_size`: for a struct or union
// argument, the largest size among its first-level BTF members, meant as a stand-in for
// the AAPCS64 alignment of the largest member. It was not merged because a size is not an
// alignment: a nested struct, an array, `packed` and `aligned(N)` all break the link.
//
// Which "size": v1 of the patch read the raw `size` field of the member's type after
// skipping modifiers, which BTF leaves 0 for an ARRAY and overloads as the pointee's type
// id for a PTR; review (Jiri Olsa) asked for the kernel's `__get_type_size` instead and
// the author agreed. That refuses arrays and floats, and no later version settled them,
// so this model takes the member's resolved size (`btf__resolve_size`): a pointer is 8,
// an array its whole size, a nested or anonymous record its whole size, a bit-field its
// declared type's size. That is the reading the commit message gives ("the size of the
// largest first-level member") and the one the review's objections are about. Unnamed
// bit-fields are not BTF members and never count.
import { isRecord, resolvedSize, stripModifiers, type BtfType } from './btf.js';

/** 0 for anything but a struct or union (after typedefs), as in the RFC. */
export function largestMemberSize(t: BtfType): number {
  const s = stripModifiers(t);
  if (!isRecord(s)) return 0;
  let largest = 0;
  for (const m of s.members) largest = Math.max(largest, resolvedSize(m.type) ?? 0);
  return largest;
}
