import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangLongDoubleVectorsPacked: Switch = {
  name: 'clang-x86-long-double-vectors-packed',
  rule: "a vector of two or four long doubles passed or returned by value has its elements 10 bytes apart, not 16 as its C layout (sizeof, the members' offsets) says: of its value, only the first element arrives where the layout has it, and abifuzz predicts none of its bytes (where it goes, and so every later argument, it still predicts)",
  reason: "LLVM's <N x x86_fp80> packs its 80-bit elements; clang loads and stores such a vector element by element at 10-byte strides (fldt 10(%rdi), fstpt 10(%rsp)), reading the C layout's padding as part of the next element, and the x87 round trip re-encodes bytes that are no valid extended value. gcc keeps the C layout",
  example: 'typedef long double v2ld __attribute__((vector_size(32)));\nvoid f(v2ld x);   /* gcc: x at stack+0, its second element at stack+16; clang: at stack+0, bytes 10-19 of the C value as the second element */',
  appliesTo: clang(),
  passing: { longDoubleVectorsPacked: true } satisfies SysvRules,
};
