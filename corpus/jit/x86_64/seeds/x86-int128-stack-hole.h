/*
 * A 16-aligned __int128 after one 8-byte stack argument. SysV puts it at stack+16, and so
 * do gcc and clang 17 on; clang 14 and 16 put it at stack+8 (LLVM's i128 was 8-aligned
 * before 17: dialect clang16-x86-int128-stack-align8), so their callers and gcc's callees
 * disagree: a real ABI break between the compilers, which a trampoline cannot mend. The
 * trampoline verdicts (each kernel walk reads packed slots: stack+8, which happens to be
 * clang 16's) are those of x86-int128-struct-stack-hole.h, where the compilers agree.
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
void i128_hole(long a, long b, long c, long d, long e, long f, long g, __int128 v);
