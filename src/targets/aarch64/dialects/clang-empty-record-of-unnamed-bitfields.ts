import type { Shape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { clang } from './which.js';

/** Holds no named data: unnamed bit-fields, zero-length arrays, and records of nothing else (clang's isEmptyRecord). */
function holdsNothing(s: Shape): boolean {
  if (s.k === 'array') return s.len === 0 || holdsNothing(s.elem);
  if (s.k !== 'record') return false;
  return s.rec.fields.every((f) => (f.bitfield && f.member.name === undefined) || holdsNothing(f.shape));
}

/** DEVIATIONS.md 3. */
export const clangEmptyRecordOfUnnamedBitfields: Switch = {
  name: 'clang-empty-record-of-unnamed-bitfields',
  rule: 'a record of nothing but unnamed bit-fields and zero-length arrays is not passed at all, whatever its size',
  reason: "clang's isEmptyRecord counts unnamed bit-fields and zero-length arrays as empty fields, and drops an empty record argument; the text has no such rule",
  example: 'union s0 { long a[0]; unsigned __int128 : 5; };   /* size 16 */\nvoid f(double v, int e, union s0 x, long *p);   /* clang: x not passed, p in x1; the text: x in x2, x3, p in x4 */',
  appliesTo: clang(),
  passing: { passedAsEmpty: (s) => s.k === 'record' && s.size > 0 && holdsNothing(s) } satisfies PassingRules,
};
