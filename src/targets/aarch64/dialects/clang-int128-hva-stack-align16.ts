import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { int128Hva } from './clang-int128-hva-in-gprs.js';
import { clang } from './which.js';

export const clangInt128HvaStackAlign16: Switch = {
  name: 'clang-int128-hva-stack-align16',
  rule: 'an HVA of `__int128` vectors passed in general registers (clang-int128-hva-in-gprs) is 16-aligned where it goes on the stack, even when packing makes its alignment 1',
  reason: 'clang 14 and 16 give the i128 members their own 16-byte alignment on the stack; from clang 17 the HVA keeps its own alignment there, as C.14 takes it',
  example: 'typedef __int128 v1q __attribute__((vector_size(16)));\nstruct p4 { v1q a, b, c, d; } __attribute__((packed));\nstruct quad4 { double a, b, c, d; };\nvoid g(struct quad4 q0, struct quad4 q1, double d, char c, struct p4 v);   /* clang 14/16 -O2: v at stack+16; clang 19/22 -O2: stack+8 */',
  appliesTo: clang(0, 16),
  passing: { gprHvaStackAlign: (s) => (int128Hva(s) ? 16 : undefined) } satisfies PassingRules,
};
