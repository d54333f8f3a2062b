import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

export const gccByrefCopyUnderaligned: Switch = {
  name: 'gcc-byref-copy-underaligned',
  rule: "the caller's copy of a by-reference argument is aligned to at most 16 bytes, whatever its type's alignment",
  reason: 'gcc builds the value at its alignment, then copies it to a temporary in a 16-byte aligned stack slot and passes that address',
  example: 'struct s2 { __int128 x; } __attribute__((aligned(64)));\nint f(long d, struct s2 g);   /* gcc: the copy of g is 16-aligned; clang: 64-aligned */',
  appliesTo: gcc(),
  passing: { copyAlignCap: 16 } satisfies PassingRules,
};
