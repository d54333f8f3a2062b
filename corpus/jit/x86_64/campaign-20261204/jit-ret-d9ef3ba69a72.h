/*
 * A 6-byte packed struct result with a misaligned member: returned in memory through
 * rdi, while BTF says 6 bytes, which the kernel takes for rax: fexit reads the result
 * pointer as the value.
 * Found: x86-64 kernel-profile campaign, jit-ret-d9ef3ba69a72, 2026-12-04 (minimized where the budget allowed).
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-ctx, jit-forward, jit-ret
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: refused
 * Expect-jit: linux-814cba835ef6-2026-08: jit-ctx, jit-forward, jit-ret
 * Expect-jit: reference: refused
 */
enum e0 {
  E0_0 = 4,
  E0_1 = 5,
  E0_2 = 5,
  E0_3 = 7
};
struct s0 {
  _Bool a : 1;
  unsigned int b : 8;
  enum e0 c;
} __attribute__((packed));
struct s1 {
  struct s0 a;
};
struct s2 {
  _Bool a : 1;
} __attribute__((packed));
struct s1 f0(char p0, int p1, _Bool p2, struct s0 p3, unsigned long p4, _Bool p5, unsigned long p6, unsigned short p7, unsigned long long p8, unsigned short p9, struct s2 p10);
