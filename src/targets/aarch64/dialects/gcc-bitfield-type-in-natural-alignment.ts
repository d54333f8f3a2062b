import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

/** DEVIATIONS.md 2. */
export const gccBitfieldTypeInNaturalAlignment: Switch = {
  name: 'gcc-bitfield-type-in-natural-alignment',
  rule: "a packed or #pragma-packed bit-field's declared type counts in the natural alignment uncapped; C.10 rounds NGRN for two-register arguments of natural alignment exactly 16, C.14 rounds NSAA to 16 at most",
  reason: "gcc 12's aarch64_function_arg_alignment takes TYPE_ALIGN of every bit-field's declared type regardless of packing (gcc 13 stopped for `packed`, not for #pragma pack); aarch64_layout_arg rounds NGRN only for an alignment of exactly 16 bytes and two registers, and aarch64_function_arg_boundary caps the stack alignment at STACK_BOUNDARY",
  example: '#pragma pack(push, 8)\nstruct s1 { unsigned long long a : 1; __int128 c : 7; void *d; };\n#pragma pack(pop)\nvoid f(int i, struct s1 x);   /* gcc: x in x2, x3; the text: x1, x2 */',
  appliesTo: gcc(0, 12),
  layout: { naturalBitFieldAlign: (declared) => declared },
  passing: { roundsNgrn: (natural, dwords) => natural === 16 && dwords === 2, stackAlignCap: 16 } satisfies PassingRules,
};
