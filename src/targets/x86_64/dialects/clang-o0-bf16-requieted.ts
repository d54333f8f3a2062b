import type { Switch } from '../../target.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangO0Bf16Requieted: Switch = {
  name: 'clang-x86-o0-bf16-requieted',
  rule: 'at -O0 (and in clang 22 at -O2 too, for some aggregates) each __bf16 of an argument passed in an xmm register is widened to float and narrowed back on its way: a signaling NaN arrives quiet, its low byte changed, so that byte is not predicted',
  reason: 'clang 17 on (seen in 19 and 22) lowers a __bf16 load at -O0 through float: the caller calls __truncsfbf2 on every element it moves into an xmm register, and the narrowing sets the quiet bit (bit 6, in the low byte) of a NaN. clang 19 at -O2 moves the bytes as they are; clang 22 at -O2 converts a struct of three __bf16 the same way',
  example: 'struct s { __bf16 a[5]; };\nvoid f(struct s x);   /* clang 19 -O0: five calls to __truncsfbf2 before the call, x in xmm0, xmm1; -O2: two moves */',
  appliesTo: (c) => c.family === 'clang' && ((c.version >= 17 && c.opt === 'O0') || c.version >= 22),
  passing: { bf16ArgumentsRequieted: true } satisfies SysvRules,
  shownBy: 'test/oracle/bf16-requieted.test.ts',
};
