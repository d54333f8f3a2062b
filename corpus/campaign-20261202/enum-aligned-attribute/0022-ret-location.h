/*
 * abifuzz finding: the return value is passed back in different places
 * Kind: ret-location
 * Reason: gcc ignores aligned(N) written after an enum's closing brace, clang applies
 *   it: the enum, and records holding it, differ in size and alignment, so arguments and
 *   return values move (where gcc cannot compile _BitInt, the model follows gcc). Same
 *   cause as divergences/enum-aligned-attribute.h.
 * Signature: ret-location|return|aligned-enum,enum,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: layout|return|aligned-enum,enum,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: caller-callee|||clang-14<>gcc-11,clang-14<>gcc-12,clang-16<>gcc-11,clang-16<>gcc-12,clang-19<>gcc-11,clang-19<>gcc-12
 * Signature: model-mismatch|||clang-14+clang-16+clang-19 vs gcc-11+gcc-12+model
 * Found: seed 20261202 #295, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: caller-callee, layout, model-mismatch, ret-location
 *   x0 (byte 4: none): gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2
 *   x0 (byte 4: padding): clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
enum e0 {
  E0_0 = -1299734086
} __attribute__((aligned(8)));
struct s0 {
  enum e0 a;
};
struct s0 f0(void);
