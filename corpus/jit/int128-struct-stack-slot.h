/*
 * abifuzz finding: struct {__int128} is 16-aligned, so after x0-x7 and one 8-byte stack
 * argument it sits at stack+16 (C.14), not at the next 8-byte slot. The greedy kernel
 * walks (2025-07 to today's mainline) read and re-copy packed 8-byte slots. The 2025 merge refuses structs on the stack; the RFC
 * (largest member 16) and bpf-next's place_args (BTF alignment 16) align it.
 * Kind: jit-ctx
 * Signature: jit-ctx|param|int128,struct|linux-c48796aa6c39-2026-08:clang-19+gcc-12
 * Found: the arm64 many-args thread's f0, reduced by hand, 2026-11-22
 * Configs: gcc-12/O0 clang-19/O0
 * Expect-kinds: jit-ctx, jit-forward
 * Jit: all modes fentry,fexit,fmod_ret
 */
struct s0 {
  __int128 a;
};
void f0(long p0, long p1, long p2, long p3, long p4, long p5, long p6, long p7, long p8, struct s0 p9);
