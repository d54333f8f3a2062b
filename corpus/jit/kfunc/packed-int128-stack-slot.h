/*
 * abifuzz finding (kfunc): the same packed __int128 struct as the sixth argument: BPF r11-8, r11-16 = x5, x6, and
 * AAPCS64 x5, x6 (next registers, natural alignment 1). 2026-09 takes ALIGN16 from BTF and
 * moves it to x6, x7: the kfunc's high half is wrong.
 * Kind: jit-kfunc
 * Signature: jit-kfunc|param|int128,pragma-pack,struct|linux-afdbb4cdd3d2-2026-09:clang-14+clang-16+clang-19+clang-22+gcc-11+gcc-12
 * Found: seed 342431 #1657, minimized, 2026-12-04
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2 clang-22/O0 clang-22/O2
 * Profile: kernel
 * Expect-kinds: jit-kfunc
 * Jit: linux-235b2fe772f5-2026-05,linux-afdbb4cdd3d2-2026-09,reference modes kfunc
 * Expect-jit: linux-235b2fe772f5-2026-05: refused
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: jit-kfunc
 * Expect-jit: reference: correct
 */
#pragma pack(push, 1)
struct s0 {
  unsigned __int128 a;
};
#pragma pack(pop)
void f0(char p0, char *p1, char p2, char p3, unsigned char p4, struct s0 p5);
