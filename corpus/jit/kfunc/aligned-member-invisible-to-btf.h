/*
 * abifuzz finding (kfunc): a struct whose one char member is _Alignas(16): 16 bytes, 16-aligned, so AAPCS64 puts
 * it on the even pair x2, x3 (C.10). BTF has the member at offset 0 and the size 16, no
 * alignment: libbpf's align_of says 1, no ALIGN16, and 2026-09 leaves it in BPF r2, r3 =
 * x1, x2. The same with aligned(16) on the member, or on a _BitInt(28).
 * Kind: jit-kfunc
 * Signature: jit-kfunc|param|alignas,struct|linux-afdbb4cdd3d2-2026-09:clang-14+clang-16+clang-19+clang-22+gcc-11+gcc-12
 * Found: seed 342431 #306, minimized, 2026-12-04
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2 clang-22/O0 clang-22/O2
 * Profile: kernel
 * Expect-kinds: jit-kfunc
 * Jit: linux-235b2fe772f5-2026-05,linux-afdbb4cdd3d2-2026-09,reference modes kfunc
 * Expect-jit: linux-235b2fe772f5-2026-05: refused
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: jit-kfunc
 * Expect-jit: reference: correct
 */
struct s0 {
  _Alignas(16) char a;
};
void f0(char p0, struct s0 p1);
