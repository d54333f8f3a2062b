/*
 * The 2023 x86 12-arguments patch's own example
 * (shared/seeds/x86-12-args-trampoline-patch.txt: "arg1-5,arg7 will be passed by regs,
 * and arg6 by stack"): what each x86-64
 * trampoline variant does with it, over every installed compiler at -O0 and -O2 and every
 * attach mode (correct, refused, or the finding kinds of what it gets wrong).
 * The 16-byte struct spills, the last char back-fills r9: the
 * kernel walk does the same; validate_args refuses the struct.
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: none
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: correct
 * Expect-jit: linux-814cba835ef6-2026-08: correct
 * Expect-jit: reference: correct
 */
struct foo_struct { long a; int b; };
int foo(char a, char b, char c, char d, char e, struct foo_struct f, char g);
