import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { clang } from './which.js';

export const clangByrefCopyTypedefAligned: Switch = {
  name: 'clang-byref-copy-typedef-aligned',
  rule: "the caller's copy of a by-reference struct whose alignment comes from an aligned typedef is guaranteed only the struct's own alignment",
  reason: 'the copy is made for the record type, not for the typedef that raises its alignment; an `aligned(N)` on the struct itself is honoured. Clang 15 and later at -O2 most often honour the typedef too, but not always (a 64-aligned typedef of an 8-aligned struct got a 32-aligned copy from clang 19 -O2), so only the struct\'s alignment is a guarantee',
  example: 'typedef struct { long a; char b[24]; } t __attribute__((aligned(32)));\nvoid f(t p0, long p1);   /* clang: the copy of p0 may be only 8-aligned; gcc and the text: 32 */',
  appliesTo: clang(),
  passing: { typedefRecordCopyAlign: (s) => Math.min(s.align, s.rec.align) } satisfies PassingRules,
};
