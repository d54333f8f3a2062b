/*
 * The seed thread's struct_arg_11 shape without its 16-byte register arguments: a struct
 * holding an __int128, 16-aligned on the stack after one 8-byte stack argument. Every
 * compiler puts it at stack+16 (a struct's alignment was 16 in clang before 17 too).
 * Every kernel walk reads packed slots, so at stack+8; before 814cba835ef6 the slot count
 * is the same (a struct's extra slot was counted), and the 2025-06 validate-args proposal
 * refuses a struct past the sixth register.
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-ctx, jit-forward
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx, jit-forward
 * Expect-jit: linux-814cba835ef6-2026-08: jit-ctx, jit-forward
 * Expect-jit: reference: correct
 */
struct i128 { __int128 v; };
void i128_struct_hole(long a, long b, long c, long d, long e, long f, long g, struct i128 v);
