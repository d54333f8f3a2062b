/*
 * The kernel selftest prototype struct_arg_11 (corpus/seeds/kernel-selftests.h:
 * bpf_testmod, the many-args and 2026 stack-argument / by-value kfunc tests): what each
 * trampoline variant does with it, over every installed compiler at -O0 and -O2 and
 * every attach mode (correct, refused, or the finding kinds of what it gets wrong).
 * Profile: kernel
 * Expect-kinds: jit-ctx, jit-forward
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: linux-pre2025-regs-only: refused
 * Expect-jit: linux-9014cf56f13d-2025-05: refused
 * Expect-jit: rfc-2025-largest-member: correct
 * Expect-jit: linux-dc704d0cfa43-2025-07: jit-ctx, jit-forward
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx, jit-forward
 * Expect-jit: linux-c48796aa6c39-2026-08: jit-ctx, jit-forward
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: correct
 * Expect-jit: reference: correct
 */
struct wrap_i128 {
  __int128 a;
};
int struct_arg_11(struct wrap_i128 a, struct wrap_i128 b, struct wrap_i128 c, struct wrap_i128 d, short e, struct wrap_i128 f);
