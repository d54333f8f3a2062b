/*
 * clang 16 crashes (backend: "Cannot select: bf16 load ... align 1") at -O2 when a
 * __bf16 is read from an unaligned address, which the harness's caller does for an
 * argument of an under-aligned __bf16 typedef that follows a char. clang 19 is fixed;
 * clang 14 rejects __bf16 on aarch64; gcc 12 passes it in v0.
 * Found by abifuzz on random prototypes (2026-11-22), minimized by hand.
 * Expected: compiler-crash for clang-16/O2 only.
 * Expect-kinds: compiler-crash
 */
typedef __bf16 bf16_a1 __attribute__((aligned(1)));
void takes_underaligned_bf16(char c, bf16_a1 a);
