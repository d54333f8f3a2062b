import type { Switch } from '../../target.js';
import { gcc } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const gccInt128VectorMemberOneEightbyte: Switch = {
  name: 'gcc-x86-int128-vector-member-one-eightbyte',
  rule: 'a vector of one __int128 inside a struct or array classifies as one SSE eightbyte: as a struct member its high half is not passed at all (NO_CLASS), in an array the high half takes a vector register of its own',
  reason: "gcc's classify_argument gives V1TImode a single SSE class (as it does the 8-byte vector modes) instead of SSE, SSEUP; an array repeats its element's classes over every eightbyte it covers, a struct leaves the rest NO_CLASS. A bare one is passed whole in one xmm, as the psABI and clang pass it everywhere",
  example: 'typedef unsigned __int128 v1q __attribute__((vector_size(16)));\nstruct q2 { v1q a[1]; };\nstruct q2 f(double z);   /* gcc: returned low half in xmm0, high half in xmm1; clang: whole in xmm0. (As an argument gcc 12 passes it in xmm0 and xmm1, z in xmm2; gcc 11 -O2 leaves the whole value in xmm0 as well, which the oracle reads first) */',
  appliesTo: gcc(),
  passing: { int128VectorMemberOneEightbyte: true } satisfies SysvRules,
};
