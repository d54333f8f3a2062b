import type { Shape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { holdingMembers } from './holding.js';
import { ofIntegers } from './vectors.js';
import { gcc } from './which.js';

/**
 * A struct's only member of non-zero size (or that member's, and so on), when it is a
 * `_Complex` or a short vector of the struct's size: the machine mode gcc gives the struct.
 */
function onlyMemberMode(s: Shape): Shape | undefined {
  if (s.k !== 'record' || s.rec.def.kind !== 'struct') return undefined;
  const sized = holdingMembers(s);
  const only = sized.length === 1 && sized[0]!.shape.size === s.size ? sized[0]!.shape : undefined;
  return only && modeOf(only);
}

/**
 * The member's mode when it is a complex or short vector one; a one-element array has its
 * element's (mode_for_array). A vector of one integer (V1DI, V1TI) or of one `long double`
 * has no vector mode on aarch64: gcc gives it an integer mode, and the struct is an
 * integer one (a vector of one double, V1DF, has its vector mode).
 */
function modeOf(m: Shape): Shape | undefined {
  if (m.k === 'complex' || (m.k === 'vector' && (m.size === 8 || m.size === 16) && !ofIntegers(m.size)(m) && m.fp !== 'f128')) return m;
  if (m.k === 'array' && m.len === 1) return modeOf(m.elem);
  return onlyMemberMode(m);
}

export const gccStructModeOfOnlyMember: Switch = {
  name: 'gcc-struct-mode-of-only-member',
  rule: 'a struct whose one member of non-zero size is a `_Complex` or a short vector (or a one-element array of one, or a struct that is, in turn) is classified as that member, whatever else it holds (zero-length arrays, zero-width bit-fields)',
  reason: "such a struct takes its member's machine mode (DC, V8QI...; a one-element array takes its element's), and aarch64_vfp_is_call_or_return_candidate classifies complex and vector modes before it looks at the members that would disqualify an HFA",
  example: 'typedef unsigned char v8u __attribute__((vector_size(8)));\nstruct zv { double *a[0]; v8u v; };\nvoid f(struct zv y);   /* gcc: y in v0; clang and the text: x0 */\ntypedef _Float16 v8h __attribute__((vector_size(16)));\nstruct za { v8h a[1]; long b[0]; };\nvoid g(struct za y);   /* gcc: y in v0; clang and the text: x0, x1 */\ntypedef long v1l __attribute__((vector_size(8)));\nstruct zl { double *a[0]; v1l v; };\nvoid h(struct zl y);   /* everyone: y in x0 (a vector of one integer has an integer mode) */\ntypedef long double v1q __attribute__((vector_size(16)));\nstruct zq { union { int a[0]; } e; v1q v; };\nvoid q(struct zq y);   /* gcc: y in x0, x1 (so has a vector of one long double); clang and the text: v0 */\nstruct zc { signed char : 0; _Complex _Float16 a; };\nvoid k(struct zc y);   /* gcc 11 too: y in v0, v1 (a zero-width bit-field holds nothing: the mode is the complex one) */',
  appliesTo: gcc(),
  passing: { hfaByOnlyMember: onlyMemberMode } satisfies PassingRules,
};
