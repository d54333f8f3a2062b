import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

/** DEVIATIONS.md 1. */
export const gccBf16NotHfa: Switch = {
  name: 'gcc-bf16-not-hfa',
  rule: '`__bf16` is no HFA base type: an aggregate of them goes to general registers',
  reason: "AAPCS64 makes every floating-point type an HFA base; gcc's aapcs_vfp_sub_candidate accepts only the HF/SF/DF/TF modes, not BF",
  example: 'struct b { __bf16 a, b; };\nvoid f(struct b x, double y);   /* gcc: x in x0, y in v0; the text: x in v0, v1, y in v2 */',
  appliesTo: gcc(0, 12),
  passing: { hfaBase: (base) => base !== 'bf16' } satisfies PassingRules,
};
