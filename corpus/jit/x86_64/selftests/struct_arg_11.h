/*
 * The kernel selftest prototype struct_arg_11
 * (corpus/seeds/kernel-selftests.h, bpf_testmod): what each x86-64
 * trampoline variant does with it, over every installed compiler at -O0 and -O2 and every
 * attach mode (correct, refused, or the finding kinds of what it gets wrong).
 * The reasoning per variant: test/jit/x86-harness.test.ts.
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-ctx, jit-forward
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx, jit-forward
 * Expect-jit: linux-814cba835ef6-2026-08: jit-ctx, jit-forward
 * Expect-jit: reference: correct
 */
struct wrap_i128 { __int128 a; };
int struct_arg_11(struct wrap_i128 a, struct wrap_i128 b, struct wrap_i128 c, struct wrap_i128 d, short e, struct wrap_i128 f);
