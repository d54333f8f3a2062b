import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangUnionBitfieldsAsBits: Switch = {
  name: 'clang-x86-union-bitfields-as-bits',
  rule: 'a bit-field in a union is INTEGER in the eightbytes its bits touch and never makes the union MEMORY, wherever the union starts',
  reason: "clang's X86_64ABIInfo::classify treats bit-fields of unions as those of structs: by their bits, exempt from the alignment test. gcc's classify_argument classifies each member of a union by its type, and gcc's C front end gives a bit-field the type of an integer of its width, whose machine mode (8, 16, 32, 64 or 128 bits) must be aligned: a union at a byte offset not a multiple of that size is MEMORY",
  example: 'union u { char a; unsigned int b : 17; } __attribute__((packed));\nstruct s { char c; union u x; };\nvoid f(struct s x);   /* clang: x in rdi; gcc: x at stack+0 */',
  appliesTo: clang(),
  passing: { unionBitFieldsAsBits: true } satisfies SysvRules,
};
