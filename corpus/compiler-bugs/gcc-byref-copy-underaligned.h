/*
 * gcc 11 and 12 (-O0 and -O2) pass a by-reference argument of an over-aligned type
 * through a temporary copy that is not aligned to the type: at -O2, g below is built
 * 64-byte aligned, then copied to a 16-byte aligned slot whose address goes in the stack
 * slot at sp+24. clang 14, 16 and 19 pass a 64-byte aligned copy. A callee that relies on the declared alignment
 * (aligned vector loads, alignment-based pointer tricks) misbehaves.
 * Found by abifuzz from the arm64 many-args alignment thread's f2 (2026-11-22).
 * Expected: ref-underaligned for gcc-11 and gcc-12 at -O0 and -O2.
 * Expect-kinds: ref-underaligned
 */
struct s2 { __int128 x; } __attribute__((aligned(64)));
int f2(__int128 a, __int128 b, __int128 c, long d, __int128 e, long f, struct s2 g);
