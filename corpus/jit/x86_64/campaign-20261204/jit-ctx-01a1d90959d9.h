/*
 * An __int128 alone: a kernel before 814cba835ef6 (and the 2025-06 validate_args
 * proposal) counts it one slot, so ctx[-1] says 1 argument slot where the function model
 * has 2.
 * Found: x86-64 kernel-profile campaign, jit-ctx-01a1d90959d9, 2026-12-04 (minimized where the budget allowed).
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-ctx, jit-forward, jit-regs, jit-ret
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: jit-ctx, jit-forward, jit-regs, jit-ret
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx, jit-forward, jit-regs, jit-ret
 * Expect-jit: linux-814cba835ef6-2026-08: correct
 * Expect-jit: reference: correct
 */
unsigned short f0(__int128 p9);
