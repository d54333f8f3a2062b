import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangHalfPairLowInteger: Switch = {
  name: 'clang-x86-half-pair-low-integer',
  rule: 'an aggregate of two eightbytes whose first is SSE holding just two 16-bit floats at bytes 0 and 2 (nothing from byte 4), and whose second is typed half, float, <2 x half> or an integer of 4 bytes or less, has its first eightbyte in a general register',
  reason: "clang types the first eightbyte <2 x half> (GetSSETypeAtOffset); GetX86_64ByValArgumentPair then finds the second part would start at byte 4, not 8, and widens the low part: only half and float become double, anything else (meant for i8..i32) becomes i64, so the IR argument is (i64, half) and the backend gives the i64 a general register. Returned the same way (rax, xmm0). gcc passes both eightbytes in xmm registers",
  example: 'struct hp { _Float16 a; _Float16 b; long long : 0; _Float16 c; };\nvoid f(struct hp x);   /* clang 16-22: a, b in rdi, c in xmm0; gcc: xmm0, xmm1 */',
  appliesTo: clang(),
  passing: { halfPairLowInteger: true } satisfies SysvRules,
};
