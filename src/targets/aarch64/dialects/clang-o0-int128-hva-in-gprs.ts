import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { int128Hva } from './clang-int128-hva-in-gprs.js';
import { clang, globalIsel } from './which.js';

export const clangO0Int128HvaInGprs: Switch = {
  name: 'clang-o0-int128-hva-in-gprs',
  rule: 'as clang-int128-hva-in-gprs, except that an HVA of one such member is passed as an `__int128` is, whatever its alignment (an even general register, or a 16-aligned stack slot), and that one of two or more members one double-word short of registers passes that double-word on the stack',
  reason: "at -O0 GlobalISel lowers a lone i128 member as an `__int128` argument, aligned to a register pair; SelectionDAG (-O2) does not. For two or more members it assigns the i64 halves one by one, so only the last can miss the registers. On the stack: clang-o0-int128-hva-stack-gap",
  example: 'typedef __int128 v1q __attribute__((vector_size(16)));\nstruct h1 { v1q a; } __attribute__((packed));\nstruct h4 { v1q a, b, c, d; };\nvoid f(char c, struct h1 v);   /* clang -O0: v in x2, x3; clang -O2: x1, x2; gcc and the text: v0 */\nvoid g(char c, struct h4 v);   /* clang -O0: v in x1..x7 and stack+0; clang -O2: stack+0; the text: v0..v3 */\nvoid k(long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, long s, struct h1 v);   /* clang 19/22 -O0: v at stack+16, as an __int128; -O2: stack+8 */',
  appliesTo: globalIsel(clang()),
  passing: { hvaInGprs: (s) => (int128Hva(s) ? (s.size <= 16 ? 'even' : 'straddle') : undefined) } satisfies PassingRules,
};
