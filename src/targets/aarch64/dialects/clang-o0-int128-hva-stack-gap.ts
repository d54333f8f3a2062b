import type { Shape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { int128Hva } from './clang-int128-hva-in-gprs.js';
import { clang, globalIsel } from './which.js';

/** Where the hole goes in an `__int128`-vector HVA of two or more members on the stack: before its last high half. */
export const gapBeforeLastHighHalf = (applies: (s: Shape) => boolean) => (s: Shape): number | undefined =>
  int128Hva(s) && s.size > 16 && applies(s) ? s.size - 8 : undefined;

export const clangO0Int128HvaStackGap: Switch = {
  name: 'clang-o0-int128-hva-stack-gap',
  rule: 'an HVA of two or more `__int128` vectors passed on the stack has its last high half 8 bytes further up, packed or not; straddling x7 and the stack, that half is 16-aligned',
  reason: 'GlobalISel (-O0) stores the i64 halves of the last i128 member as a pair aligned to 16 within the argument area, leaving a hole; clang 17 and later do so only for a 16-aligned HVA (clang17-o0-int128-hva-stack-gap)',
  example: 'typedef __int128 v1q __attribute__((vector_size(16)));\nstruct p2 { v1q a, b; } __attribute__((packed));\nstruct p4 { v1q a, b, c, d; } __attribute__((packed));\nstruct quad4 { double a, b, c, d; };\nvoid f(long a0, long a1, long a2, long a3, long a4, long a5, struct p2 v);   /* clang 14/16 -O0: v at stack+0..23 and stack+32..39; the text and -O2: v at stack+0..31 */\nvoid g(struct quad4 q0, struct quad4 q1, double d, char c, struct p4 v);   /* clang 14/16 -O0: v in x1..x7, its last 8 bytes at stack+16 (clang 19/22: stack+8) */',
  appliesTo: globalIsel(clang(0, 16)),
  passing: { stackGapAt: gapBeforeLastHighHalf(() => true) } satisfies PassingRules,
};
