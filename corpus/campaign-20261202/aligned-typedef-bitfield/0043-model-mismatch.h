/*
 * abifuzz finding: the model's layout of parameter 1's type differs
 * Kind: model-mismatch
 * Reason: a bit-field whose type is an over-aligned typedef: gcc moves it to the
 *   typedef's alignment, clang packs it after the previous member (where gcc cannot
 *   compile _BitInt, the model follows gcc). Same cause as divergences/overaligned-
 *   typedef-bitfield.h.
 * Signature: model-mismatch|param|aligned-typedef,bitfield,bitint>64,struct|clang-14+clang-16 vs clang-19 vs model
 * Signature: layout|param|aligned-typedef,bitfield,bitint>64,struct|clang-14+clang-16 vs clang-19
 * Signature: arg-location|param|aligned-typedef,bitfield,bitint>64,struct|clang-14+clang-16 vs clang-19
 * Found: seed 20261202 #3066, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: arg-location, layout, model-mismatch
 *   size 64 align 32 .a@0/1/1 .b@bit256:1 .c@48/16/16: model
 *   size 32 align 32 .a@0/1/1 .b@bit8:1 .c@8/16/8: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2
 *   size 32 align 32 .a@0/1/1 .b@bit8:1 .c@16/16/16: clang-19/O0 clang-19/O2
 */
typedef unsigned int t0 __attribute__((aligned(32)));
struct s0 {
  char a;
  t0 b : 1;
  unsigned _BitInt(94) c;
};
void f0(struct s0 p0);
