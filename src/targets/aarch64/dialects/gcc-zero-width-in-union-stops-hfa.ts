import type { RecordShape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { anyRecordWithin, hasZeroWidthField } from './holding.js';
import { gcc } from './which.js';

/** A union with a zero-width bit-field, or an empty record that holds one, however deep. */
const holdsZeroWidthUnion = (s: RecordShape): boolean => anyRecordWithin(s, (r) => r.rec.def.kind === 'union' && hasZeroWidthField(r));

/** DEVIATIONS.md 1b, gcc 12. */
export const gccZeroWidthInUnionStopsHfa: Switch = {
  name: 'gcc-zero-width-in-union-stops-hfa',
  rule: 'a zero-width bit-field in a union (the aggregate itself, or an empty member however deep) stops the aggregate from being an HFA',
  reason: "gcc skips a zero-width bit-field in a struct (the C front end drops it; gcc 12.1 keeps it and skips it, with a -Wpsabi note) but not in a union, where its integer type disqualifies the whole aggregate",
  example: 'union A { unsigned char : 0; _Float16 a; };\nvoid f(union A a);   /* gcc: x0; the text: v0 */\nstruct W { union { char : 0; } u; };\nstruct B { double a, b; struct W w; };\nvoid g(struct B b);   /* gcc 12: x0, x1 (it walks into W); the text: v0, v1 */',
  appliesTo: gcc(12),
  passing: {
    zeroWidthStopsHfa: (inUnion) => inUnion,
    // An empty member holding one, however deep, disqualifies as well: gcc walks into it.
    zeroWidthMemberStopsHfa: holdsZeroWidthUnion,
  } satisfies PassingRules,
};
