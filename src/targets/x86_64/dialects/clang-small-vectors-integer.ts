import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangSmallVectorsInteger: Switch = {
  name: 'clang-x86-small-vectors-integer',
  rule: 'a vector of under 8 bytes is INTEGER, whatever its element type',
  reason: "clang classifies a vector of 1 to 4 bytes (and 8-byte ones of one 64-bit integer) as INTEGER by size; gcc goes by the vector's machine mode, so two or more floating-point elements are SSE and a lone float or _Float16 has no vector mode and is MEMORY",
  example: 'typedef float v1f __attribute__((vector_size(4)));\ntypedef _Float16 v2h __attribute__((vector_size(4)));\nvoid f(v1f a, v2h b);   /* clang: a in rdi, b in rsi; gcc: a at stack+0, b in xmm0 */',
  appliesTo: clang(),
  passing: { smallVectorsInteger: true } satisfies SysvRules,
};
