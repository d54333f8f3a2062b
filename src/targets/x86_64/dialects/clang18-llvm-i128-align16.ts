import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clang18LlvmI128Align16: Switch = {
  name: 'clang18-x86-llvm-i128-align16',
  rule: "the LLVM types clang reads an SSE eightbyte's type from align i128, and the i128 a _BitInt(65..128) is stored as, to 16: a struct with a _BitInt(71) at byte 8 is a packed LLVM struct (alignment 1), so a union holding it and a struct of one float is stored as the float's struct, and passes 4 bytes of its first eightbyte; clang 14 and 16 store it as the other struct (aligned 8 by its <8 x i8> vector) and pass all 8",
  reason: "LLVM 18 changed the x86-64 data layout to align i128 to 16 (as the psABI aligns __int128), while clang still aligns _BitInt(71) to 8; CGRecordLowering then packs an LLVM struct whose i128 member lies 8 bytes off, lowerUnion picks the most aligned member's type as a union's storage, and GetSSETypeAtOffset types an eightbyte from it (clang-x86-sse-typed-by-ir)",
  example: 'typedef char v8c __attribute__((vector_size(8)));\nstruct w { v8c a; unsigned _BitInt(71) b[0]; v8c c; };\nunion u { struct { float f; } a; struct w b; };\nvoid f(union u x);   /* clang 19, 22: bytes 0-3 in xmm0, 4-7 not passed, 8-15 in xmm1; clang 14, 16: bytes 0-7 in xmm0 */',
  appliesTo: clang(18),
  passing: { llvmI128Align16: true } satisfies SysvRules,
};
