/*
 * abifuzz finding: the by-reference copy of parameter 1 is under-aligned
 * Kind: ref-underaligned
 * Reason: a by-reference copy of a struct whose alignment comes from an aligned typedef
 *   is under-aligned by clang (at -O0; clang 14 also at -O2) as well as by gcc. Whether a
 *   frame happens to be aligned enough is luck, so which configs show it can change with
 *   the code around the call. Same cause as compiler-bugs/clang-byref-copy-aligned-
 *   typedef.h.
 * Signature: ref-underaligned|param|aligned-typedef,int128,struct|clang-14/O2+gcc-11+gcc-12
 * Found: seed 20261202 #485, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: ref-underaligned
 *   copy 16-aligned, type 32-aligned: gcc-11/O0
 *   copy 16-aligned, type 32-aligned: gcc-11/O2
 *   copy 16-aligned, type 32-aligned: gcc-12/O0
 *   copy 16-aligned, type 32-aligned: gcc-12/O2
 *   copy 16-aligned, type 32-aligned: clang-14/O2
 */
struct s0 {
  unsigned __int128 a;
  unsigned char b;
};
typedef struct s0 t0 __attribute__((aligned(32)));
void f0(t0 p0);
