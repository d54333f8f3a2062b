/*
 * abifuzz finding: an __int128 after one 8-byte argument goes in x2/x3 (C.9: 16-aligned
 * arguments start at an even register). Kernel variants that count 8-byte slots without
 * rounding read it from x1/x2: the BPF context and, when the original is called, its
 * second half are wrong. bpf-next's place_args (ALIGN16) and reference get it right.
 * Kind: jit-ctx
 * Signature: jit-ctx|param|int128|linux-c48796aa6c39-2026-08:clang-19+gcc-12
 * Found: fuzz --jit, seed 11 #26, minimized, 2026-11-22
 * Configs: gcc-12/O0 clang-19/O0
 * Expect-kinds: jit-ctx, jit-forward
 * Jit: all modes fentry,fexit,fmod_ret
 */
void f0(char p0, unsigned __int128 p1);
