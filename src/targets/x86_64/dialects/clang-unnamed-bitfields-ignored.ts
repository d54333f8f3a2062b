import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangUnnamedBitfieldsIgnored: Switch = {
  name: 'clang-x86-unnamed-bitfields-ignored',
  rule: 'an unnamed bit-field of non-zero width classifies nothing: the eightbytes it alone covers stay NO_CLASS',
  reason: "clang's X86_64ABIInfo::classify skips unnamed bit-fields as padding; gcc's classify_argument walks every FIELD_DECL, an unnamed bit-field's included, as INTEGER",
  example: 'struct s { double d; int : 32; };\nvoid f(struct s x);   /* clang: x in xmm0 alone; gcc: xmm0, and rdi for the bit-field\'s eightbyte */',
  appliesTo: clang(),
  passing: { unnamedBitFieldsIgnored: true } satisfies SysvRules,
};
