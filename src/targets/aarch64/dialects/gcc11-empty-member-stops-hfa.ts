import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { anyRecordWithin, hasZeroWidthField } from './holding.js';
import { gcc } from './which.js';

/** DEVIATIONS.md 1b, gcc 11. */
export const gcc11EmptyMemberStopsHfa: Switch = {
  name: 'gcc11-empty-member-stops-hfa',
  rule: 'a zero-width bit-field, in a struct or a union, directly or in an empty member however deep, stops an HFA',
  reason: "gcc before 12.1 keeps the zero-width bit-field among the record's fields and aapcs_vfp_sub_candidate sees an integer member; gcc 12.1 skips it in a struct (with a -Wpsabi note). A struct of one `_Complex` or short vector member escapes (gcc-struct-mode-of-only-member)",
  example: 'struct s { double a, b; struct { int : 0; } z; };\nstruct t { int : 0; double a, b; };\nvoid f(struct s x, struct t y);   /* gcc 11: x in x0, x1, y in x2, x3; gcc 12 and the text: v0, v1 and v2, v3 */\nstruct w { struct { struct { int : 0; } in; } out; float a, b; };\nvoid g(struct w z);   /* gcc 11: z in x0 (however deep the bit-field); gcc 12 and the text: v0, v1 */',
  appliesTo: gcc(0, 11),
  passing: {
    zeroWidthStopsHfa: () => true,
    // However deep in the empty member: gcc walks into every member record.
    zeroWidthMemberStopsHfa: (s) => anyRecordWithin(s, hasZeroWidthField),
  } satisfies PassingRules,
};
