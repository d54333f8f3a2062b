/*
 * abifuzz finding (kfunc): `__int128 : 0` after a _Bool: the zero-width bit-field makes the struct 16-aligned and
 * 16 bytes, so AAPCS64 uses the even pair x2, x3; BTF has no member for it, so 2026-09 sees
 * alignment 1 and leaves the struct in x1, x2.
 * Kind: jit-kfunc
 * Signature: jit-kfunc|param|bool,int128,struct,zero-width-bitfield|linux-afdbb4cdd3d2-2026-09:clang-14+clang-16+clang-19+clang-22
 * Found: seed 342431 #2902, minimized, 2026-12-04
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2 clang-22/O0 clang-22/O2
 * Profile: kernel
 * Expect-kinds: jit-kfunc
 * Jit: linux-235b2fe772f5-2026-05,linux-afdbb4cdd3d2-2026-09,reference modes kfunc
 * Expect-jit: linux-235b2fe772f5-2026-05: refused
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: jit-kfunc
 * Expect-jit: reference: correct
 */
struct s0 {
  _Bool a;
  __int128 : 0;
};
void f0(unsigned _BitInt(10) p0, struct s0 p1);
