import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clang22Int128StorageWhole: Switch = {
  name: 'clang22-x86-int128-storage-whole',
  rule: 'an aggregate of one INTEGER and one NO_CLASS eightbyte (or an INTEGER then an SSE one, whose xmm register then gets the bytes past the value) whose LLVM type begins with an i128 (a union stored as an __int128 bit-field the classification ignores, say) is passed as that i128 from its INTEGER eightbyte on, in two general registers: with an INTEGER first eightbyte it needs the two (memory when they are not left, as if both were INTEGER); with an INTEGER second one the frontend counts only one, and the i128 (bytes 8-23) goes to the stack, 16-aligned, when the backend has no two',
  reason: "LLVM PR 135230 (2025, in clang 21) made GetINTEGERTypeAtOffset return an i128 it finds at offset 0 instead of i64; the classification, which ignores unnamed bit-fields, still says one eightbyte is NO_CLASS (LLVM issue 202205: an assertion in builds with them). clang 22 seen; 21 is not installed here",
  example: 'union u { unsigned __int128 : 125; unsigned char a; };\nvoid f(long a, long b, long c, long d, union u x, long y);   /* clang 22: x in r8 and r9, y at stack+0; clang 19: x in r8, y in r9 */',
  appliesTo: clang(21),
  passing: { int128StorageWhole: true } satisfies SysvRules,
};
