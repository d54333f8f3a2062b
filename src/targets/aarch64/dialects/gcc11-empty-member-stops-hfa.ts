import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

/** DEVIATIONS.md 1b, gcc 11. */
export const gcc11EmptyMemberStopsHfa: Switch = {
  name: 'gcc11-empty-member-stops-hfa',
  rule: 'a zero-width bit-field stops an HFA of one member, and so does a member that is an empty record of zero-width bit-fields',
  reason: "gcc before 12.1 counts the nested record's zero-width bit-field as an integer member of the candidate aggregate",
  example: 'struct s { double a, b; struct { int : 0; } z; };\nstruct t { signed char : 0; _Float16 a; };\nvoid f(struct s x, struct t y);   /* gcc 11: x in x0, x1, y in x2; gcc 12 and the text: v0, v1 and v2 */',
  appliesTo: gcc(0, 11),
  passing: {
    zeroWidthMemberStopsHfa: (s) => s.rec.fields.some((f) => f.bitfield && f.bits === 0),
    // Seen, not explained: one floating-point member beside a zero-width bit-field is no HFA in gcc 11 (a `_Complex` one is).
    notHfa: (s, count) => count === 1 && s.k === 'record' && s.rec.def.kind === 'struct' && s.rec.fields.some((f) => f.bitfield && f.bits === 0),
  } satisfies PassingRules,
};
