import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clang16Int128Split: Switch = {
  name: 'clang16-x86-int128-split',
  rule: 'an __int128 with one general register left goes low half in it (r9), high half on the stack',
  reason: 'clang up to 16 lowered an i128 argument as two i64 halves, each taking the next free register or stack slot; clang 17 (LLVM D158169) keeps the halves together, as the psABI and gcc do',
  example: 'void f(int a, int b, int c, int d, int e, __int128 x, long y);   /* clang 16: x in r9 and at stack+0, y at stack+8; gcc: x at stack+0, y in r9 */',
  appliesTo: clang(0, 16),
  passing: { int128Split: true } satisfies SysvRules,
};
