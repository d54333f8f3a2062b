import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { int128Hva } from './clang-int128-hva-in-gprs.js';
import { at, clang } from './which.js';

export const clangO0Int128HvaInGprs: Switch = {
  name: 'clang-o0-int128-hva-in-gprs',
  rule: 'as clang-int128-hva-in-gprs, except that an HVA of one such member starts at an even general register (C.10), as an `__int128` does, and that on the stack the last member of two or more has its high half 8 bytes further up',
  reason: "at -O0 GlobalISel lowers a lone i128 member as an `__int128` argument, aligned to a register pair; SelectionDAG (-O2) does not, and neither does GlobalISel for two or more members, which it lays out on the stack with a hole before the last high half. Not modelled: an HVA that straddles the last general register and the stack",
  example: 'typedef __int128 v1q __attribute__((vector_size(16)));\nstruct h1 { v1q a; };\nvoid f(char c, struct h1 v);   /* clang -O0: v in x2, x3; clang -O2: x1, x2; gcc and the text: v0 */',
  appliesTo: at('O0', clang()),
  passing: {
    hvaInGprs: (s) => (int128Hva(s) ? (s.size <= 16 ? 'natural' : 'next') : undefined),
    // On the stack, the last member's high half lands one slot further up.
    stackGapAt: (s) => (int128Hva(s) && s.size > 16 ? s.size - 8 : undefined),
  } satisfies PassingRules,
};
