import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangInt128SplitAfterDemotedReturn: Switch = {
  name: 'clang-x86-int128-split-after-demoted-return',
  rule: 'in a function returning a vector of __int128 wider than 16 bytes, an __int128 argument with one general register left goes low half in it, high half on the stack, as clang 16 did, instead of whole to the stack',
  reason: "clang returns such a vector as its IR type; the backend finds it cannot and adds the buffer's address as a hidden first argument itself (sret demotion), and the arguments it then assigns lose the consecutive-register mark the i128 rule of LLVM 17 keys on, so the i128's halves are assigned one by one. Seen in clang 19; clang 22 keeps them whole; 17, 18, 20 and 21 are not installed here and taken to be like 19",
  example: 'typedef __int128 v2q __attribute__((vector_size(32)));\nv2q f(__int128 a, char b, char c, __int128 d);   /* clang 19: d in r9 and at stack+0; clang 22, gcc: d at stack+0 */',
  appliesTo: clang(17, 21),
  passing: { int128SplitAfterDemotedReturn: true } satisfies SysvRules,
};
