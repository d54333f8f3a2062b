/*
 * abifuzz finding: the by-reference copy of parameter 1 is under-aligned
 * Kind: ref-underaligned
 * Reason: gcc 11/12 pass a by-reference argument of an over-aligned struct through a
 *   copy that is not aligned to its type, whichever way the alignment is written
 *   (_Alignas, an aligned member, an aligned struct, an aligned typedef). Same cause as
 *   compiler-bugs/gcc-byref-copy-underaligned.h.
 * Signature: ref-underaligned|param|aligned-typedef,struct|gcc-11+gcc-12
 * Found: seed 20261202 #166, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: ref-underaligned
 *   copy 16-aligned, type 32-aligned: gcc-11/O0
 *   copy 16-aligned, type 32-aligned: gcc-11/O2
 *   copy 16-aligned, type 32-aligned: gcc-12/O0
 *   copy 16-aligned, type 32-aligned: gcc-12/O2
 */
struct s0 {
  char a;
};
typedef struct s0 t0 __attribute__((aligned(32)));
struct s1 {
  t0 a;
};
void f0(struct s1 p0);
