import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { clang } from './which.js';

export const clangZeroWidthStopsHfa: Switch = {
  name: 'clang-zero-width-stops-hfa',
  rule: 'a zero-width bit-field, in a struct or a union, stops the aggregate from being an HFA',
  reason: 'clang before 16 counted an unnamed zero-width bit-field as a member of integer type when it looked for a homogeneous aggregate; clang 16 skips it as the text says (seen in clang 14; clang 15 is not installed here and is assumed to be 14)',
  example: 'struct s { signed char : 0; _Float16 a; };\nvoid f(struct s x);   /* clang 14: x in x0; clang 16 and the text: v0 */',
  appliesTo: clang(0, 15),
  passing: { zeroWidthStopsHfa: () => true } satisfies PassingRules,
};
