/*
 * abifuzz finding (kfunc): a packed struct holding one __int128: its natural alignment is 1, so AAPCS64 passes it
 * in the next two registers (x1, x2). Nothing in BTF says packed (the member sits at offset
 * 0, the size is 16), so 2026-09's ALIGN16 flag moves it up to the even pair x2, x3: the
 * kfunc reads its high half from x2, where the JIT moved the low half. 2026-05 refuses it (16 bytes);
 * reference gets it right.
 * Kind: jit-kfunc
 * Signature: jit-kfunc|param|int128,packed-record,struct|linux-afdbb4cdd3d2-2026-09:clang-14+clang-16+clang-19+clang-22+gcc-11+gcc-12
 * Found: seed 342431 #517, minimized, 2026-12-04
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2 clang-22/O0 clang-22/O2
 * Profile: kernel
 * Expect-kinds: jit-kfunc
 * Jit: linux-235b2fe772f5-2026-05,linux-afdbb4cdd3d2-2026-09,reference modes kfunc
 * Expect-jit: linux-235b2fe772f5-2026-05: refused
 * Expect-jit: linux-afdbb4cdd3d2-2026-09: jit-kfunc
 * Expect-jit: reference: correct
 */
typedef struct {
  unsigned __int128 a;
} __attribute__((packed)) t0;
void f0(unsigned char *p0, t0 p1);
