import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { ofIntegers } from './vectors.js';
import { clang } from './which.js';

export const clangInt128VectorReturnInGprs: Switch = {
  name: 'clang-int128-vector-return-in-gprs',
  rule: 'a returned one-element `__int128` vector comes back in x0, x1',
  reason: 'LLVM legalizes the `<1 x i128>` return value to i128, returned in a general register pair; as an argument the vector stays in a SIMD/FP register, as the text says, and gcc returns it in v0',
  example: 'typedef __int128 v1q __attribute__((vector_size(16)));\nv1q f(void);   /* clang: x0, x1; gcc and the text: v0 */',
  appliesTo: clang(),
  passing: { returnInGprs: (s) => s.k === 'vector' && s.size === 16 && ofIntegers(16)(s) } satisfies PassingRules,
};
