import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gapBeforeLastHighHalf } from './clang-o0-int128-hva-stack-gap.js';
import { clang, globalIsel } from './which.js';

export const clang17O0Int128HvaStackGap: Switch = {
  name: 'clang17-o0-int128-hva-stack-gap',
  rule: 'a 16-aligned HVA of two or more `__int128` vectors passed on the stack has its last high half 8 bytes further up; a packed one lies whole',
  reason: 'as clang-o0-int128-hva-stack-gap, except that from clang 17 GlobalISel aligns the last pair to the HVA\'s own alignment, which packing lowers to 1',
  example: 'typedef __int128 v1q __attribute__((vector_size(16)));\nstruct h2 { v1q a, b; };\nvoid f(long a0, long a1, long a2, long a3, long a4, long a5, struct h2 v);   /* clang 19/22 -O0: v at stack+0..23 and stack+32..39; the text and -O2: v at stack+0..31 */',
  appliesTo: globalIsel(clang(17)),
  passing: { stackGapAt: gapBeforeLastHighHalf((s) => s.align >= 16) } satisfies PassingRules,
};
