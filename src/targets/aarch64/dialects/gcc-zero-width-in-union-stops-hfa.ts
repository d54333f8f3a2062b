import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

/** DEVIATIONS.md 1b, gcc 12. */
export const gccZeroWidthInUnionStopsHfa: Switch = {
  name: 'gcc-zero-width-in-union-stops-hfa',
  rule: 'a zero-width bit-field in a union stops the aggregate from being an HFA',
  reason: "gcc skips a zero-width bit-field in a struct (the C front end drops it; gcc 12.1 keeps it and skips it, with a -Wpsabi note) but not in a union, where its integer type disqualifies the whole aggregate",
  example: 'union A { unsigned char : 0; _Float16 a; };\nvoid f(union A a);   /* gcc: x0; the text: v0 */',
  appliesTo: gcc(12),
  passing: {
    zeroWidthStopsHfa: (inUnion) => inUnion,
    // An empty union member holding one disqualifies as well: gcc walks into it.
    zeroWidthMemberStopsHfa: (s) => s.rec.def.kind === 'union' && s.rec.fields.some((f) => f.bitfield && f.bits === 0),
  } satisfies PassingRules,
};
