/*
 * abifuzz finding: the unnamed __int128 bit-field gives the struct a natural alignment of
 * 16 (C.14 counts a bit-field's declared type), so it starts at the even register x6.
 * The bit-field is not a BTF member: BTF sees a char at offset 1 and guesses alignment 1,
 * so every kernel variant, bpf-next's place_args included, reads x5/x6 and the BPF program sees the
 * wrong byte. The traced function still gets its registers back intact.
 * Kind: jit-ctx
 * Signature: jit-ctx|param|int128,struct,unnamed-bitfield|linux-afdbb4cdd3d2-2026-09:clang-19+gcc-12
 * Found: fuzz --jit, seed 11, minimized, 2026-11-22
 * Configs: gcc-12/O0 clang-19/O0
 * Expect-kinds: jit-ctx
 * Jit: all modes fentry,fexit,fmod_ret
 */
struct s0 {
  __int128 : 1;
  char a;
};
void f0(unsigned char p0, char p1, unsigned char p2, unsigned char p3, void *p4, struct s0 p5);
