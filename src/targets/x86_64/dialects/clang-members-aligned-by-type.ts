import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangMembersAlignedByType: Switch = {
  name: 'clang-x86-members-aligned-by-type',
  rule: "a member (not a bit-field) at an offset that is not a multiple of its type's alignment makes the aggregate MEMORY, even when every scalar in it is aligned: a record's or an enum's own aligned(N), or an aligned member inside a record, counts; a typedef's aligned(N) does not",
  reason: "clang's X86_64ABIInfo::classify tests each field's offset against the alignment of its canonical type before looking inside; gcc's classify_argument tests only the scalars, each against its own mode's size",
  example: 'struct in { int x; } __attribute__((aligned(8)));\nstruct s { int a; struct in b; } __attribute__((packed));\nvoid f(struct s x);   /* clang: x at stack+0; gcc: in rdi */',
  appliesTo: clang(),
  passing: { membersAlignedByType: true } satisfies SysvRules,
};
