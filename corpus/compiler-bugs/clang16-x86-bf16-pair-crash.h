/*
 * x86-64: clang 16 -O2 stops in instruction selection ("Cannot select: v8i16 = load ...
 * zext from i32") passing a struct of two __bf16; at -O0 it compiles, but a clang-16 -O0
 * caller and callee disagree on where the second __bf16 goes (the caller leaves it in a
 * general register or on the stack, the callee reads xmm0's bytes 2-3). clang 15 and 16
 * had __bf16 on x86-64 as a storage-only type; clang 17 made it an arithmetic type and
 * passes such a struct in xmm0. abifuzz does not compile __bf16 with clang 16 on x86-64
 * (targets/x86_64/index.ts typeSupport): replay with --compilers clang-16 says so.
 * Found by the x86-64 user-profile dialect validation (seed 3041 #8217), minimized.
 * Profile: user
 * Target: x86_64
 * Expect-kinds: none
 */
struct s0 {
  __bf16 a[2];
};
void f0(struct s0 p0);
