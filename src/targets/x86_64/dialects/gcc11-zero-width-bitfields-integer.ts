import type { Switch } from '../../target.js';
import { gcc } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const gcc11ZeroWidthBitfieldsInteger: Switch = {
  name: 'gcc11-x86-zero-width-bitfields-integer',
  rule: 'in a struct, a zero-width bit-field that starts inside an eightbyte makes that eightbyte INTEGER',
  reason: "gcc up to 11 classified a zero-width bit-field like any other, as INTEGER for each eightbyte its (empty) range starts in; gcc 12 skips it (PR102024; gcc 12 notes 'the ABI of passing C structures with zero-width bit-fields has changed in GCC 12.1'), as clang always did. In a union gcc 11 and 12 alike classify one as a byte-sized integer",
  example: 'struct s { float a; int : 0; float b; };\nvoid f(struct s x);   /* gcc 11: x in rdi; gcc 12, clang: in xmm0 */',
  appliesTo: gcc(0, 11),
  passing: { zeroWidthBitFieldsInteger: true } satisfies SysvRules,
};
