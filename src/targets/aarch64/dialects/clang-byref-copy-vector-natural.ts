import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { clang } from './which.js';

export const clangByrefCopyVectorNatural: Switch = {
  name: 'clang-byref-copy-vector-natural',
  rule: "the caller's copy of a by-reference GNU vector is aligned as the vector itself is (16 bytes at most), not as a typedef's aligned(N) asks",
  reason: 'the copy is made for the vector type; the alignment a typedef adds is not carried to the temporary',
  example: 'typedef short v16s __attribute__((vector_size(32), aligned(64)));\nvoid f(long a, v16s b);   /* clang: the copy of b is 16-aligned */',
  appliesTo: clang(),
  passing: { vectorCopyAlign: (s) => Math.min(s.align, s.natural) } satisfies PassingRules,
};
