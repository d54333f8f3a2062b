import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clang16Int128StackAlign8: Switch = {
  name: 'clang16-x86-int128-stack-align8',
  rule: 'a bare __int128 argument on the stack is 8-aligned, not 16',
  reason: "LLVM's x86-64 data layout gave i128 an 8-byte alignment until LLVM 17 (D86310), and the calling-convention lowering took a stack slot's alignment from it; clang's own type layout (structs) already said 16",
  example: 'void f(long a, long b, long c, long d, long e, long f, long g, __int128 v);   /* clang 16: v at stack+8; gcc, clang 17+: stack+16 */',
  appliesTo: clang(0, 16),
  passing: { int128StackAlign8: true } satisfies SysvRules,
};
