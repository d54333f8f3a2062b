import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clang16MemberTypedefAlignment: Switch = {
  name: 'clang16-x86-member-typedef-alignment',
  rule: "a member's offset is checked against the alignment of the type it is declared with, a typedef's aligned(N) included: a typedef that raises it makes a packed member MEMORY, one that lowers it lets the member sit anywhere",
  reason: "X86_64ABIInfo::classify of clang 14 and 16 takes getTypeAlign of the field's type as written; clang 19 and 22 take it of the canonical type, without the typedef (17 and 18 are not installed here)",
  example: 'typedef long t0 __attribute__((aligned(1)));\nstruct s { char a; t0 b; };\nvoid f(struct s x);   /* clang 16: x in rdi, its last byte not passed at all; clang 19, 22 and gcc: x at stack+0 */',
  appliesTo: clang(0, 16),
  passing: { memberTypedefAlignment: true } satisfies SysvRules,
};
