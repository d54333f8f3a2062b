import type { Shape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

/** Holds a zero-length array, directly or in a member. */
function holdsZeroLength(s: Shape): boolean {
  if (s.k === 'array') return s.len === 0 || holdsZeroLength(s.elem);
  return s.k === 'record' && s.rec.fields.some((f) => holdsZeroLength(f.shape));
}

/** A struct's only member of non-zero size, when it is a `_Complex` or a short vector: the machine mode gcc gives the struct. */
function onlyMemberMode(s: Shape): Shape | undefined {
  if (s.k !== 'record' || s.rec.def.kind !== 'struct') return undefined;
  const sized = s.rec.fields.filter((f) => f.shape.size > 0);
  const only = sized.length === 1 ? sized[0]!.shape : undefined;
  const byMode = only && (only.k === 'complex' || (only.k === 'vector' && (only.size === 8 || only.size === 16)));
  return byMode && only.size === s.size && holdsZeroLength(s) ? only : undefined;
}

/** DEVIATIONS.md 1c. */
export const gccZeroLengthArrayHfa: Switch = {
  name: 'gcc-zero-length-array-hfa',
  rule: 'a zero-length array stops an HFA even wrapped in an empty member, except in a struct whose one member of non-zero size is a `_Complex` or a short vector: that struct is classified as the member',
  reason: "gcc's aapcs_vfp_sub_candidate rejects a zero-length array wherever it is; but a struct with one member of non-zero size takes that member's machine mode (DC, V8QI...), and aarch64_vfp_is_call_or_return_candidate classifies complex and vector modes before looking at members",
  example: 'struct q3 { double a, b; union { long double c[0]; }; };\ntypedef unsigned char v8u __attribute__((vector_size(8)));\nstruct zv { double *a[0]; v8u v; };\nvoid f(struct q3 x, struct zv y);   /* gcc: x in x0, x1, y in v0; clang and the text: x in v0, v1, y in x2 */',
  appliesTo: gcc(),
  passing: { zeroLengthMemberStopsHfa: holdsZeroLength, hfaByOnlyMember: onlyMemberMode } satisfies PassingRules,
};
