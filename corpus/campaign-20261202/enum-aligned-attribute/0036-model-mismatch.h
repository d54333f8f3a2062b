/*
 * abifuzz finding: the model's layout of parameter 1's type differs
 * Kind: model-mismatch
 * Reason: gcc ignores aligned(N) written after an enum's closing brace, clang applies
 *   it: the enum, and records holding it, differ in size and alignment, so arguments and
 *   return values move (where gcc cannot compile _BitInt, the model follows gcc). Same
 *   cause as divergences/enum-aligned-attribute.h.
 * Signature: model-mismatch|param|aligned-enum,bitint>64,enum,struct|clang-14+clang-16 vs clang-19 vs model
 * Signature: layout|param|aligned-enum,bitint>64,enum,struct|clang-14+clang-16 vs clang-19
 * Signature: arg-location|param|aligned-enum,bitint>64,enum,struct|clang-14+clang-16 vs clang-19
 * Found: seed 20261202 #2170, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: arg-location, layout, model-mismatch
 *   size 32 align 16 .a@0/4/4 .b@16/16/16: model
 *   size 64 align 64 .a@0/4/64 .b@8/16/8: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2
 *   size 64 align 64 .a@0/4/64 .b@16/16/16: clang-19/O0 clang-19/O2
 */
enum e0 {
  E0_0 = 7
} __attribute__((aligned(64)));
struct s0 {
  enum e0 a;
  unsigned _BitInt(108) b;
};
void f0(struct s0 p0);
