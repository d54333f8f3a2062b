import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

export const gccLongDoubleVectorHalves: Switch = {
  name: 'gcc-long-double-vector-halves',
  rule: 'a GNU vector of one `long double` argument is passed in two SIMD/FP registers, 8 bytes in each, as an HFA of two doubles would be, but counts as one against NSRN: the next floating-point argument is placed in its second register and lost there; with only v7 left, its second half goes to v8 and is lost',
  reason: 'gcc gives the one-element vector a 128-bit integer vector mode and its argument code splits it in two 64-bit halves, yet advances NSRN by the one register the mode needs; the caller then writes both arguments to the shared register and the earlier wins. Returned, it comes back whole in v0 as the text says',
  example: 'typedef long double v1ld __attribute__((vector_size(16)));\nvoid f(float x, v1ld v);   /* gcc: v in v1, v2 (8 bytes each); clang and the text: v in v1 */\nvoid g(float x, v1ld v, v1ld w, float y);   /* gcc: v in v1, v2; w in v2 (lost), v3; y in v3 (lost) */\nvoid h(double a, double b, double c, double d, double e, double f, double g, v1ld v);   /* gcc: v in v7 and v8 (the callee reads the caller\'s d8: lost); clang and the text: stack+0 */',
  appliesTo: gcc(),
  passing: {
    argAsHfa: (s) => (s.k === 'vector' && s.size === 16 && s.fp === 'f128' ? { base: 'f64', count: 2, memberSize: 8, counted: 1 } : undefined),
  } satisfies PassingRules,
};
