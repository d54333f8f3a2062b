import type { Switch } from '../../target.js';
import { gcc } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const gccComplexHalfClaimsNextEightbyte: Switch = {
  name: 'gcc-x86-complex-half-claims-next-eightbyte',
  rule: 'a _Complex _Float16 member that does not start an eightbyte makes the next eightbyte of the aggregate SSE as well, though it ends in its own: that eightbyte (padding, or a zero-length array) takes an xmm register',
  reason: "gcc's classify_argument handles HCmode as it does SCmode: at a bit offset that is not a multiple of 64 it returns a second class (SSEHF) for the next eightbyte; a complex float there always straddles, a complex _Float16 at byte 2 or 4 of an eightbyte does not",
  example: 'struct s { char a; _Complex _Float16 b; } __attribute__((aligned(16)));\nvoid f(struct s x, _Complex float y);   /* gcc 12: x in rdi and its padding bytes 8-9 in xmm0, y in xmm1; clang: x in rdi, y in xmm0 */',
  appliesTo: gcc(),
  passing: { complexHalfClaimsNextEightbyte: true } satisfies SysvRules,
};
