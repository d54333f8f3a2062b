/*
 * An unsigned __int128 and a 16-byte union after two packed enums: before 814cba835ef6
 * the __int128 is counted short and every later argument's context slot is off by one.
 * Found: x86-64 kernel-profile campaign, jit-ctx-749822a33827, 2026-12-04 (minimized where the budget allowed).
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-ctx, jit-regs, jit-ret
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx, jit-regs, jit-ret
 * Expect-jit: linux-814cba835ef6-2026-08: correct
 * Expect-jit: reference: correct
 */
typedef char t0 __attribute__((packed, aligned(16)));
union s0 {
  unsigned int a : 8;
  long long b : 5;
  unsigned __int128 *c[2];
  t0 d : 7;
  unsigned __int128 e : 2;
  t0 f : 7;
};
enum e0 {
  E0_0 = 745253613,
  E0_1 = 241655954,
  E0_2 = 2422908908,
  E0_3 = 4120886135
} __attribute__((packed));
enum e1 {
  E1_0 = -87,
  E1_1 = -20,
  E1_2 = 138
} __attribute__((packed));
unsigned char *f0(enum e0 p5, enum e1 p6, unsigned __int128 p7, union s0 p8, long long p9);
