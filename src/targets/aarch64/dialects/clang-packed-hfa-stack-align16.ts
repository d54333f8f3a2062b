import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { clang } from './which.js';

/** DEVIATIONS.md 1e. */
export const clangPackedHfaStackAlign16: Switch = {
  name: 'clang-packed-hfa-stack-align16',
  rule: 'an HFA/HVA of 16-byte members on the stack is 16-aligned, even when packing makes its natural alignment 1',
  reason: 'clang 14 and 16 hand the back end `[N x fp128]`, 16-aligned on the stack; from clang 17 the front end adds alignstack(8) (clang-o0-one-member-hfa-stack-align16 for what -O0 still does)',
  example: 'struct quad4 { long double a, b, c, d; };\nstruct packed_pair { long double a, b; } __attribute__((packed));\nvoid f(struct quad4 v0_3, struct quad4 v4_7, float s, struct packed_pair x);   /* clang 14/16: x at stack+16; the text: stack+8 */',
  appliesTo: clang(0, 16),
  passing: { hfaStackAlign: (natural, memberSize) => (natural >= 16 || memberSize >= 16 ? 16 : 8) } satisfies PassingRules,
};
