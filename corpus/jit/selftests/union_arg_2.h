/*
 * The kernel selftest prototype union_arg_2 (corpus/seeds/kernel-selftests.h:
 * bpf_testmod, the many-args and 2026 stack-argument / by-value kfunc tests): what each
 * trampoline variant does with it, over every installed compiler at -O0 and -O2 and
 * every attach mode (correct, refused, or the finding kinds of what it gets wrong).
 * Profile: kernel
 * Expect-kinds: none
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: linux-pre2025-regs-only: refused
 * Expect-jit: linux-9014cf56f13d-2025-05: refused
 * Expect-jit: rfc-2025-largest-member: refused
 * Expect-jit: linux-dc704d0cfa43-2025-07: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: correct
 * Expect-jit: linux-c48796aa6c39-2026-08: correct
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: correct
 * Expect-jit: reference: correct
 */
struct arg_2 {
  long a;
  long b;
};
union union_arg_2 {
  int a;
  long b;
  struct arg_2 arg;
};
int union_arg_2(int a, union union_arg_2 b);
