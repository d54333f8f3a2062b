import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangFlexibleArrayInMemory: Switch = {
  name: 'clang-x86-flexible-array-in-memory',
  rule: 'a record with a flexible array member is MEMORY: passed on the stack, returned through rdi',
  reason: "clang's X86_64ABIInfo::classify gives up on a record with a flexible array member (it cannot classify the array's eightbytes); gcc ignores a field of no size",
  example: 'struct fa { float a; float b; int c[]; };\nvoid f(struct fa x, long y);   /* clang: x at stack+0; gcc: x in xmm0 (y in rdi for both) */',
  appliesTo: clang(),
  passing: { flexibleArrayInMemory: true } satisfies SysvRules,
};
