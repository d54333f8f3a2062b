/*
 * A 32-byte struct is passed by reference (B.4) through a copy the caller makes. When the
 * struct's alignment comes from an aligned(32) typedef, clang 14 (-O0, -O2) and clang
 * 16/19 at -O0 do not realign that copy: it is only 16-byte aligned here. The same layout
 * written as `struct ... __attribute__((aligned(32)))` gets a 32-byte aligned copy from
 * every clang. gcc 11/12 under-align both, as for the arm64 thread's f2
 * (gcc-byref-copy-underaligned.h). Whether a given frame happens to be 32-aligned is luck,
 * so a smaller prototype may not show it.
 * Found by a 10-minute default campaign (seed 20261202), minimized by hand, 2026-12-02.
 * Expect-kinds: ref-underaligned
 */
typedef struct { char a; __int128 b; } aligned_by_typedef __attribute__((aligned(32)));
void takes_typedef_aligned(aligned_by_typedef p0, long p1);
