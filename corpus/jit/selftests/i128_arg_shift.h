/*
 * The kernel selftest prototype i128_arg_shift (corpus/seeds/kernel-selftests.h:
 * bpf_testmod, the many-args and 2026 stack-argument / by-value kfunc tests): what each
 * trampoline variant does with it, over every installed compiler at -O0 and -O2 and
 * every attach mode (correct, refused, or the finding kinds of what it gets wrong).
 * Profile: kernel
 * Expect-kinds: jit-ctx, jit-forward, jit-ret
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: linux-pre2025-regs-only: jit-ctx, jit-forward, jit-ret
 * Expect-jit: linux-9014cf56f13d-2025-05: jit-ctx, jit-forward
 * Expect-jit: rfc-2025-largest-member: jit-ctx, jit-forward
 * Expect-jit: linux-dc704d0cfa43-2025-07: jit-ctx, jit-forward
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx, jit-forward
 * Expect-jit: linux-c48796aa6c39-2026-08: jit-ctx, jit-forward
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: correct
 * Expect-jit: reference: correct
 */
typedef unsigned long long u64;
u64 i128_arg_shift(u64 a, __int128 v, u64 b, u64 c, u64 d);
