/*
 * abifuzz finding (kfunc): an unnamed `unsigned __int128 : 1` before a char: the struct is 16-aligned (both
 * compilers count the bit-field's type), so AAPCS64 uses x2, x3; BTF keeps no unnamed
 * bit-field, so 2026-09 sees alignment 1 and leaves it in x1, x2 (the trampoline's
 * corpus/jit/unnamed-int128-bitfield.h, on the kfunc path).
 * Kind: jit-kfunc
 * Signature: jit-kfunc|param|int128,struct,unnamed-bitfield|linux-afdbb4cdd3d2-2026-09:clang-14+clang-16+clang-19+clang-22+gcc-11+gcc-12
 * Found: seed 342431 #2476, minimized, 2026-12-04
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2 clang-22/O0 clang-22/O2
 * Profile: kernel
 * Expect-kinds: jit-kfunc
 * Jit: linux-235b2fe772f5-2026-05,linux-afdbb4cdd3d2-2026-09,reference modes kfunc
 * Expect-jit: linux-235b2fe772f5-2026-05: refused
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: jit-kfunc
 * Expect-jit: reference: correct
 */
struct s0 {
  unsigned __int128 : 1;
  unsigned char a;
};
void f0(char p0, struct s0 p1);
