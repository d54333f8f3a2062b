import type { Shape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

/**
 * A struct's only member of non-zero size (or that member's, and so on), when it is a
 * `_Complex` or a short vector of the struct's size: the machine mode gcc gives the struct.
 */
function onlyMemberMode(s: Shape): Shape | undefined {
  if (s.k !== 'record' || s.rec.def.kind !== 'struct') return undefined;
  const sized = s.rec.fields.filter((f) => f.shape.size > 0);
  const only = sized.length === 1 && sized[0]!.shape.size === s.size ? sized[0]!.shape : undefined;
  if (!only) return undefined;
  return only.k === 'complex' || (only.k === 'vector' && (only.size === 8 || only.size === 16)) ? only : onlyMemberMode(only);
}

export const gccStructModeOfOnlyMember: Switch = {
  name: 'gcc-struct-mode-of-only-member',
  rule: 'a struct whose one member of non-zero size is a `_Complex` or a short vector (or a struct that is, in turn) is classified as that member, whatever else it holds (zero-length arrays, zero-width bit-fields)',
  reason: "such a struct takes its member's machine mode (DC, V8QI...), and aarch64_vfp_is_call_or_return_candidate classifies complex and vector modes before it looks at the members that would disqualify an HFA",
  example: 'typedef unsigned char v8u __attribute__((vector_size(8)));\nstruct zv { double *a[0]; v8u v; };\nvoid f(struct zv y);   /* gcc: y in v0; clang and the text: x0 */',
  appliesTo: gcc(),
  passing: { hfaByOnlyMember: onlyMemberMode } satisfies PassingRules,
};
