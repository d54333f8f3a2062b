import type { Shape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { int128Hva } from './clang-int128-hva-in-gprs.js';
import { clang } from './which.js';

/** The HVA's own (natural) alignment, as C.14 takes it, at most 16. */
function cappedAt16(s: Shape): number | undefined {
  if (!int128Hva(s) || s.k !== 'record') return undefined;
  return Math.min(16, Math.max(8, s.rec.natural));
}

export const clang17Int128HvaStackAlignCap16: Switch = {
  name: 'clang17-int128-hva-stack-align-cap16',
  rule: 'an HVA of `__int128` vectors passed in general registers (clang-int128-hva-in-gprs) is aligned on the stack to its own alignment, but to 16 at most: a member aligned(32) or (64) does not move it further up',
  reason: 'from clang 17 the HVA keeps its own alignment on the stack (clang 14 and 16: always 16, clang-int128-hva-stack-align16), but LLVM caps an argument\'s stack alignment at 16 bytes, the stack\'s own',
  example: 'typedef __int128 v1q __attribute__((vector_size(16)));\nstruct a64 { v1q a __attribute__((aligned(64))); v1q b, c, d; };\nstruct quad4 { double a, b, c, d; };\nvoid g(struct quad4 q0, struct quad4 q1, double d, char c, struct a64 v);   /* clang 19/22 -O2: v at stack+16; the text: stack+64 */',
  appliesTo: clang(17),
  passing: { gprHvaStackAlign: cappedAt16 } satisfies PassingRules,
};
