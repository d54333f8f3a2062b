/*
 * A pointer after a packed struct with a misaligned member: the psABI passes that struct
 * in memory (on the stack), BTF cannot tell, and the kernel places it in registers:
 * every later argument is read from the wrong place.
 * Found: x86-64 kernel-profile campaign, jit-ctx-16fa072bc997, 2026-12-04 (minimized where the budget allowed).
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-ctx
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: jit-ctx
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx
 * Expect-jit: linux-814cba835ef6-2026-08: jit-ctx
 * Expect-jit: reference: refused
 */
enum e0 {
  E0_0 = -1546254655582786069,
  E0_1 = -7277891966769242192,
  E0_2 = -4797354354853064523,
  E0_3 = -8542502007158441186
};
enum e1 {
  E1_0 = 247,
  E1_1 = -47,
  E1_2 = 159
};
#pragma pack(push, 8)
struct s0 {
  enum e1 a;
  unsigned char b : 5 __attribute__((aligned(1)));
};
#pragma pack(pop)
struct s1 {
  unsigned short a : 10;
  __int128 b[0];
};
typedef long long *t0;
enum e0 f0(enum e1 *p0, struct s0 p1, long long p2, signed char p3, struct s1 p4, t0 p5);
