/*
 * abifuzz finding: layout of the return type differs
 * Kind: layout
 * Reason: gcc ignores aligned(N) written after an enum's closing brace, clang applies
 *   it: the enum, and records holding it, differ in size and alignment, so arguments and
 *   return values move (where gcc cannot compile _BitInt, the model follows gcc). Same
 *   cause as divergences/enum-aligned-attribute.h.
 * Signature: layout|return|aligned-enum,enum|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: model-mismatch|||clang-14+clang-16+clang-19 vs gcc-11+gcc-12+model
 * Found: seed 20261202 #18, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: layout, model-mismatch
 *   size 8 align 8: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2
 *   size 8 align 4: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
enum e0 {
  E0_0 = 3173171638634401272
} __attribute__((aligned(4)));
enum e0 f0(void);
