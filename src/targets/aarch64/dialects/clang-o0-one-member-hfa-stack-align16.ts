import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { clang, globalIsel } from './which.js';

/** DEVIATIONS.md 1e, the part that survives in clang 17 and later. */
export const clangO0OneMemberHfaStackAlign16: Switch = {
  name: 'clang-o0-one-member-hfa-stack-align16',
  rule: 'a one-member HFA/HVA of a 16-byte member on the stack is 16-aligned at -O0, even when packing makes its natural alignment 1',
  reason: "GlobalISel (the -O0 default on aarch64) passes `[1 x fp128]` as the lone fp128 and aligns it as one, ignoring the front end's alignstack(8); an array of two or more members keeps the 8, and SelectionDAG (-O2) honours it for one member too",
  example: 'struct quad4 { long double a, b, c, d; };\nstruct packed_quad { long double a; } __attribute__((packed));\nvoid f(struct quad4 v0_3, struct quad4 v4_7, float s, struct packed_quad x);   /* clang 19/22 -O0: x at stack+16; -O2 and the text: stack+8 */',
  appliesTo: globalIsel(clang(17)),
  passing: { hfaStackAlign: (natural, memberSize, count) => (natural >= 16 || (count === 1 && memberSize >= 16) ? 16 : 8) } satisfies PassingRules,
};
