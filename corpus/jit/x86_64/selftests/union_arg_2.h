/*
 * The kernel selftest prototype union_arg_2
 * (corpus/seeds/kernel-selftests.h, bpf_testmod): what each x86-64
 * trampoline variant does with it, over every installed compiler at -O0 and -O2 and every
 * attach mode (correct, refused, or the finding kinds of what it gets wrong).
 * The reasoning per variant: test/jit/x86-harness.test.ts.
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: none
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: correct
 * Expect-jit: linux-814cba835ef6-2026-08: correct
 * Expect-jit: reference: correct
 */
struct arg_2 { long a; long b; };
union union_arg_2 { int a; long b; struct arg_2 arg; };
int union_arg_2(int a, union union_arg_2 b);
