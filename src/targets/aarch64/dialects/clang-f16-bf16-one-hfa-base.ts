import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { clang } from './which.js';

/** DEVIATIONS.md 1d. */
export const clangF16Bf16OneHfaBase: Switch = {
  name: 'clang-f16-bf16-one-hfa-base',
  rule: '`_Float16` and `__bf16` members count as one HFA base type',
  reason: "an HFA's members must be of one fundamental type; clang compares the members' sizes, and both are 16 bits wide",
  example: 'struct mix { _Float16 a; __bf16 b; };\nvoid f(struct mix x, double y);   /* clang: x in v0, v1, y in v2; the text: x in x0, y in v0 */',
  appliesTo: clang(16),
  passing: { sameHfaBase: (a, b) => (a === 'f16' && b === 'bf16') || (a === 'bf16' && b === 'f16') } satisfies PassingRules,
};
