/*
 * abifuzz finding: parameter 1 is passed in different places
 * Kind: arg-location
 * Reason: gcc ignores aligned(N) written after an enum's closing brace, clang applies
 *   it: the enum, and records holding it, differ in size and alignment, so arguments and
 *   return values move (where gcc cannot compile _BitInt, the model follows gcc). Same
 *   cause as divergences/enum-aligned-attribute.h.
 * Signature: arg-location|param|aligned-enum,enum,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: layout|param|aligned-enum,enum,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: caller-callee|||clang-14<>gcc-11,clang-14<>gcc-12,clang-16<>gcc-11,clang-16<>gcc-12,clang-19<>gcc-11,clang-19<>gcc-12
 * Signature: caller-callee|param|aligned-enum,enum,struct|clang-14<>gcc-11,clang-14<>gcc-12,clang-16<>gcc-11,clang-16<>gcc-12,clang-19<>gcc-11,clang-19<>gcc-12
 * Signature: model-mismatch|param|aligned-enum,enum,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12+model
 * Found: seed 20261202 #196, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: arg-location, caller-callee, layout, model-mismatch
 *   x0: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2
 *   ref(x0): clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
enum e0 {
  E0_0 = 7
} __attribute__((aligned(64)));
struct s0 {
  enum e0 a;
};
void f0(struct s0 p0);
