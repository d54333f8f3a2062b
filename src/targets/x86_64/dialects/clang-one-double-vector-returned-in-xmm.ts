import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangOneDoubleVectorReturnedInXmm: Switch = {
  name: 'clang-x86-one-double-vector-returned-in-xmm',
  rule: 'a vector of one double is returned in xmm0 (both compilers pass it in memory)',
  reason: "gcc gives an 8-byte vector of one double the mode V1DF, which its return classification sends to memory; clang returns the <1 x double> as the double it holds",
  example: 'typedef double v1d __attribute__((vector_size(8)));\nv1d f(void);   /* clang: in xmm0; gcc: through rdi */',
  appliesTo: clang(),
  passing: { oneDoubleVectorReturnedInXmm: true } satisfies SysvRules,
};
