/*
 * An __int128, then a _Bool: counted one slot short, the trampoline restores the _Bool
 * for the original call from the __int128's high half.
 * Found: x86-64 kernel-profile campaign, jit-forward-f3a650410950, 2026-12-04 (minimized where the budget allowed).
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-ctx, jit-forward, jit-regs
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: jit-ctx, jit-forward, jit-regs
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx, jit-forward, jit-regs
 * Expect-jit: linux-814cba835ef6-2026-08: correct
 * Expect-jit: reference: correct
 */
void f0(__int128 p0, _Bool p2);
