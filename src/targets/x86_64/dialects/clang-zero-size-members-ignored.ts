import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangZeroSizeMembersIgnored: Switch = {
  name: 'clang-x86-zero-size-members-ignored',
  rule: 'a member of size 0 (a zero-length array, an empty struct) classifies nothing wherever it starts',
  reason: "clang's X86_64ABIInfo::classify walks the elements of an array, and a zero-length one has none; gcc's classify_argument counts the eightbytes a member touches from the one it starts in, so a zero-length array starting inside an eightbyte covers it, and is classified there by its element type (INTEGER for an int, MEMORY for an element with an unaligned scalar or of more than 64 bytes)",
  example: 'struct s { float f; int a[0]; };\nvoid f(struct s x);   /* clang: x in xmm0; gcc: in rdi */',
  appliesTo: clang(),
  passing: { zeroSizeMembersIgnored: true } satisfies SysvRules,
};
