import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { at, clang, either } from './which.js';

export const clangByrefCopyTypedefAligned: Switch = {
  name: 'clang-byref-copy-typedef-aligned',
  rule: "the caller's copy of a by-reference struct whose alignment comes from an aligned typedef is aligned only as the struct itself is (16 at least)",
  reason: 'the copy is made for the record type, not for the typedef that raises its alignment; an `aligned(N)` on the struct itself is honoured',
  example: 'typedef struct { char a; __int128 b; } t __attribute__((aligned(32)));\nvoid f(t p0, long p1);   /* clang 14, clang 16/19 at -O0: the copy of p0 is 16-aligned */',
  appliesTo: either(clang(0, 14), at('O0', clang(15))),
  passing: { typedefRecordCopyAlign: (s) => Math.min(s.align, Math.max(16, s.rec.align)) } satisfies PassingRules,
};
