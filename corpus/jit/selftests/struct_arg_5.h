/*
 * The kernel selftest prototype struct_arg_5 (corpus/seeds/kernel-selftests.h:
 * bpf_testmod, the many-args and 2026 stack-argument / by-value kfunc tests): what each
 * trampoline variant does with it, over every installed compiler at -O0 and -O2 and
 * every attach mode (correct, refused, or the finding kinds of what it gets wrong).
 * Profile: kernel
 * Expect-kinds: none
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: linux-pre2025-regs-only: correct
 * Expect-jit: linux-9014cf56f13d-2025-05: correct
 * Expect-jit: rfc-2025-largest-member: correct
 * Expect-jit: linux-dc704d0cfa43-2025-07: correct
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: correct
 * Expect-jit: linux-c48796aa6c39-2026-08: correct
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: correct
 * Expect-jit: reference: correct
 */
int struct_arg_5(void);
