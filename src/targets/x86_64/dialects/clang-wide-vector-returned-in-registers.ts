import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';
import type { SysvRules } from '../sysv/rules.js';

export const clangWideVectorReturnedInRegisters: Switch = {
  name: 'clang-x86-wide-vector-returned-in-registers',
  rule: 'a 32- or 64-byte vector result (no AVX) comes back 16 bytes per register in xmm0..xmm3, two long doubles in st0 and st1; __int128 vectors and four long doubles in memory',
  reason: "clang's X86_64ABIInfo classifies such a vector MEMORY for arguments, but returns the IR vector directly; without AVX the backend legalizes it into as many xmm (or x87) registers as it takes. gcc returns it through rdi, as the psABI says: callers and callees of the two compilers do not agree",
  example: 'typedef float v8f __attribute__((vector_size(32)));\nv8f f(long b);   /* clang: xmm0, xmm1, b in rdi; gcc: through rdi, b in rsi */',
  appliesTo: clang(),
  passing: { wideVectorsReturnedInRegisters: true } satisfies SysvRules,
};
