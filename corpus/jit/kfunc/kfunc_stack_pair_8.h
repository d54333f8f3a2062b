/*
 * The kernel selftest prototype kfunc_stack_pair_8 (corpus/seeds/kernel-selftests.h: the 2026
 * stack-argument and by-value kfunc tests), called as a kfunc: what each variant's kfunc
 * call path does with it, over every installed compiler at -O0 and -O2 (correct,
 * refused, or the finding kinds of what it gets wrong).
 * Profile: kernel
 * Expect-kinds: none
 * Jit: all modes kfunc
 * Expect-jit: linux-pre2025-regs-only: refused
 * Expect-jit: linux-9014cf56f13d-2025-05: refused
 * Expect-jit: rfc-2025-largest-member: refused
 * Expect-jit: linux-dc704d0cfa43-2025-07: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: refused
 * Expect-jit: linux-235b2fe772f5-2026-05: refused
 * Expect-jit: linux-c48796aa6c39-2026-08: refused
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: correct
 * Expect-jit: reference: correct
 */
typedef unsigned long long u64;
struct lohi {
  u64 lo;
  u64 hi;
};
u64 kfunc_stack_pair_8(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, struct lohi h);
