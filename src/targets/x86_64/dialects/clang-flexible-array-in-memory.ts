import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangFlexibleArrayInMemory: Switch = {
  name: 'clang-x86-flexible-array-in-memory',
  rule: 'a record with a flexible array member is MEMORY: passed on the stack, returned through rdi',
  reason: "clang's X86_64ABIInfo::classify gives up on a record with a flexible array member (it cannot classify the array's eightbytes); gcc ignores a field of no size",
  example: 'struct s { long a; int b[]; };\nvoid f(struct s x);   /* clang: x at stack+0; gcc: in rdi */',
  appliesTo: clang(),
  passing: { flexibleArrayInMemory: true } satisfies SysvRules,
};
