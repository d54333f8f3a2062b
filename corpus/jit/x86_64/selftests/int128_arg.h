/*
 * The kernel selftest prototype int128_arg
 * (corpus/seeds/kernel-selftests.h, bpf_testmod): what each x86-64
 * trampoline variant does with it, over every installed compiler at -O0 and -O2 and every
 * attach mode (correct, refused, or the finding kinds of what it gets wrong).
 * The reasoning per variant: test/jit/x86-harness.test.ts.
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-ctx, jit-forward, jit-regs, jit-ret
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: jit-ctx, jit-forward, jit-regs, jit-ret
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx, jit-forward, jit-regs, jit-ret
 * Expect-jit: linux-814cba835ef6-2026-08: correct
 * Expect-jit: reference: correct
 */
long int128_arg(__int128 a, int b, long c);
