import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gapBeforeLastHighHalf } from './clang-o0-int128-hva-stack-gap.js';
import { clang, globalIsel } from './which.js';

export const clang17O0Int128HvaStackGap: Switch = {
  name: 'clang17-o0-int128-hva-stack-gap',
  rule: 'an HVA of two or more `__int128` vectors whose members make it 16-aligned, passed on the stack, has its last high half 8 bytes further up; a packed one lies whole, whatever alignment a typedef gives either',
  reason: 'as clang-o0-int128-hva-stack-gap, except that from clang 17 GlobalISel aligns the last pair to the alignment the HVA\'s members give it, which packing lowers to 1 and a typedef\'s aligned(N) does not change',
  example: 'typedef __int128 v1q __attribute__((vector_size(16)));\nstruct h2 { v1q a, b; };\nvoid f(long a0, long a1, long a2, long a3, long a4, long a5, struct h2 v);   /* clang 19/22 -O0: v at stack+0..23 and stack+32..39; the text and -O2: v at stack+0..31 */',
  appliesTo: globalIsel(clang(17)),
  passing: { stackGapAt: gapBeforeLastHighHalf((s) => s.k === 'record' && s.rec.natural >= 16) } satisfies PassingRules,
};
