/*
 * abifuzz finding: the packed struct {__int128} is 1-aligned, so it takes the next 8-byte
 * stack slot (stack+8). Its layout is the natural one, so BTF cannot tell it is packed:
 * bpf-next's place_args (ALIGN16 from BTF) and the RFC (largest member 16) both align it to
 * stack+16. Mainline's packed slots are right by luck.
 * Kind: jit-ctx
 * Signature: jit-ctx|param|int128,packed-record,struct|linux-afdbb4cdd3d2-2026-09:clang-19+gcc-12
 * Found: the arm64 many-args thread's f1, reduced by hand, 2026-11-22
 * Configs: gcc-12/O0 clang-19/O0
 * Expect-kinds: jit-ctx, jit-forward
 * Jit: all modes fentry,fexit,fmod_ret
 */
struct s0 {
  __int128 a;
} __attribute__((packed));
void f0(long p0, long p1, long p2, long p3, long p4, long p5, long p6, long p7, long p8, struct s0 p9);
