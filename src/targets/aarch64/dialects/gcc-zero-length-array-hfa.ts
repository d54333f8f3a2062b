import type { Shape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

/** Holds a zero-length array, directly or in a member. */
function holdsZeroLength(s: Shape): boolean {
  if (s.k === 'array') return s.len === 0 || holdsZeroLength(s.elem);
  return s.k === 'record' && s.rec.fields.some((f) => holdsZeroLength(f.shape));
}

/** DEVIATIONS.md 1c. */
export const gccZeroLengthArrayHfa: Switch = {
  name: 'gcc-zero-length-array-hfa',
  rule: 'a zero-length array stops an HFA even wrapped in an empty member (a struct of one `_Complex` or short vector member escapes: gcc-struct-mode-of-only-member)',
  reason: "gcc's aapcs_vfp_sub_candidate rejects a zero-length array wherever it is, in an empty member too",
  example: 'struct q3 { double a, b; union { long double c[0]; }; };\nvoid f(struct q3 x);   /* gcc: x in x0, x1; clang and the text: x in v0, v1 */',
  appliesTo: gcc(),
  passing: { zeroLengthMemberStopsHfa: holdsZeroLength } satisfies PassingRules,
};
