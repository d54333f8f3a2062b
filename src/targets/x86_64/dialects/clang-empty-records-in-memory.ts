import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangEmptyRecordsInMemory: Switch = {
  name: 'clang-x86-empty-records-in-memory',
  rule: 'an aggregate that holds no data (only unnamed bit-fields and members of size 0) but is MEMORY class takes a stack slot of its size, and a result buffer through rdi, like any MEMORY value',
  reason: "gcc treats such a type as empty (TYPE_EMPTY_P: unnamed bit-fields are padding, zero-length arrays and empty records hold nothing): its size on the stack counts as 0 and no buffer is passed for it, though its classification said MEMORY; clang passes it byval as classified",
  example: 'struct e { long b[0]; };\nstruct s { char : 8; struct e a; } __attribute__((packed));\nvoid f(long a, long b, long c, long d, long e, long g, struct s x, long y);   /* gcc: x takes nothing, y at stack+0; clang: x at stack+0, y at stack+8 */\nstruct s h(long z);   /* gcc: z in rdi; clang: z in rsi, the buffer in rdi */',
  appliesTo: clang(),
  passing: { emptyRecordsInMemoryTakeSpace: true } satisfies SysvRules,
};
