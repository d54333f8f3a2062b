import type { Shape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import { homogeneousAggregate, type HomogeneousAggregate } from '../aapcs64/hfa.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { clang } from './which.js';

/** An HFA of `__bf16` members as clang passes it: its members, each on its own. */
export function bf16ScalarHfa(s: Shape): HomogeneousAggregate | undefined {
  const ha = homogeneousAggregate(s);
  return ha?.base === 'bf16' ? { base: 'bf16', count: ha.count, memberSize: 2 } : undefined;
}

export const clangBf16HfaAsScalars: Switch = {
  name: 'clang-bf16-hfa-as-scalars',
  rule: 'an HFA of `__bf16` is passed as its separate members: one per SIMD/FP register while any is left, then one 8-byte stack slot each',
  reason: "clang hands the back end `[N x bfloat]`, which LLVM splits into N bfloat arguments instead of keeping the HFA whole; the text puts an HFA that does not fit wholly in registers on the stack, packed, and clang 22 does (seen in 16 and 19; 17, 18, 20 and 21 are not installed here). Not modelled: the members past the last register of an HFA that straddles them are not where the callee looks",
  example: 'struct b2 { __bf16 a[2]; };\nvoid f(double d0, double d1, double d2, double d3, double d4, double d5, double d6, double d7, struct b2 x);   /* clang: x at stack+0 and stack+8; the text: stack+0, 4 bytes */',
  appliesTo: clang(17, 21),
  passing: { vectorByElement: bf16ScalarHfa } satisfies PassingRules,
};
