import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangArrayElementsEachClassified: Switch = {
  name: 'clang-x86-array-elements-each-classified',
  rule: 'each element of an array is classified at its own offset: a zero-length array classifies nothing wherever it starts, and an element whose members the packing leaves unaligned makes the aggregate MEMORY',
  reason: "clang's X86_64ABIInfo::classify walks an array's elements one by one, at their offsets (a zero-length one has none); gcc's classify_argument classifies the element type once, at the array's offset, for every eightbyte the array touches, so a zero-length array starting inside an eightbyte covers it (INTEGER for an int), and only the first element's alignment is checked",
  example: 'struct s { float f; int a[0]; };\nvoid f(struct s x);   /* clang: x in xmm0; gcc: in rdi */\nstruct p { int a; char b; } __attribute__((packed));\nstruct t { struct p a[2]; };\nvoid g(struct t y);   /* clang: y at stack+0; gcc: in rdi, rsi */',
  appliesTo: clang(),
  passing: { arrayElementsEachClassified: true } satisfies SysvRules,
};
