/*
 * The arm64 many-args RFC review's f2 (corpus/seeds/arm64-int128-alignment.h): what each
 * trampoline variant does with it, over every installed compiler at -O0 and -O2 and
 * every attach mode (correct, refused, or the finding kinds of what it gets wrong).
 * Profile: kernel
 * Expect-kinds: ref-underaligned
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: linux-pre2025-regs-only: refused
 * Expect-jit: linux-9014cf56f13d-2025-05: refused
 * Expect-jit: rfc-2025-largest-member: refused
 * Expect-jit: linux-dc704d0cfa43-2025-07: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: refused
 * Expect-jit: linux-c48796aa6c39-2026-08: refused
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: refused
 * Expect-jit: reference: refused
 */
struct s2 {
  __int128 x;
} __attribute__((aligned(64)));
typedef long int64_t;
int f2(__int128 a, __int128 b, __int128 c, int64_t d, __int128 e, int64_t f, struct s2 g);
