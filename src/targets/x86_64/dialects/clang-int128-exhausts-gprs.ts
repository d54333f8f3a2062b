import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangInt128ExhaustsGprs: Switch = {
  name: 'clang-x86-int128-exhausts-gprs',
  rule: 'an __int128 that goes to the stack for want of a second general register leaves the last one unused: later integer arguments go to the stack too; but where the frontend counts more registers free than the backend has (after a result the backend turns into a buffer, or a half pair passed in a general register) and finds two, the halves go one by one: low half in the last register, high half on the stack',
  reason: 'from clang 17 an i128 is kept whole and, when it does not fit, LLVM marks every argument register used; clang 22 lets a later argument take the free one again, as gcc and the psABI do. Where its own count finds two registers, the frontend of these versions passes the backend an {i64, i64} (the coercion LLVM PR 135230 removed for clang 21), whose halves are assigned apart. Seen in clang 19; 17, 18, 20 and 21 are not installed here and taken to be like it',
  example: 'void f(int a, int b, int c, int d, int e, __int128 x, long y);   /* clang 19: x at stack+0, y at stack+16; gcc, clang 22: y in r9 */',
  appliesTo: clang(17, 21),
  passing: { int128ExhaustsGprs: true } satisfies SysvRules,
};
