import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { at, clang, either } from './which.js';

/** DEVIATIONS.md 1e. */
export const clangPackedHfaStackAlign16: Switch = {
  name: 'clang-packed-hfa-stack-align16',
  rule: 'an HFA/HVA of 16-byte members on the stack is 16-aligned, even when packing makes its natural alignment 1',
  reason: "clang 14 and 16 hand the back end `[N x fp128]`, 16-aligned on the stack; clang 19's front end adds alignstack(8), which SelectionDAG (-O2) honours and GlobalISel (the -O0 default) does not",
  example: 'struct quad4 { long double a, b, c, d; };\nstruct packed_quad { long double a; } __attribute__((packed));\nvoid f(struct quad4 v0_3, struct quad4 v4_7, float s, struct packed_quad x);   /* clang 14/16, clang 19 -O0: x at stack+16; the text: stack+8 */',
  appliesTo: either(clang(0, 16), at('O0', clang(17))),
  passing: { hfaStackAlign: (natural, memberSize) => (natural >= 16 || memberSize >= 16 ? 16 : 8) } satisfies PassingRules,
};
