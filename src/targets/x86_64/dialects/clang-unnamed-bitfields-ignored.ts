import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangUnnamedBitfieldsIgnored: Switch = {
  name: 'clang-x86-unnamed-bitfields-ignored',
  rule: 'an unnamed bit-field of non-zero width classifies nothing: the eightbytes it alone covers stay NO_CLASS',
  reason: "clang's X86_64ABIInfo::classify skips unnamed bit-fields as padding; gcc's classify_argument walks every FIELD_DECL, an unnamed bit-field's included, as INTEGER",
  example: 'struct s { double d; int : 32; };\nvoid f(struct s x, long y);   /* clang: x in xmm0 alone, y in rdi; gcc: x in xmm0 and rdi (the bit-field\'s eightbyte, padding), y in rsi */',
  appliesTo: clang(),
  passing: { unnamedBitFieldsIgnored: true } satisfies SysvRules,
};
