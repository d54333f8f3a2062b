/*
 * abifuzz finding: the model's layout of parameter 1's type differs
 * Kind: model-mismatch
 * Reason: a bit-field whose type is an over-aligned typedef: gcc moves it to the
 *   typedef's alignment, clang packs it after the previous member (where gcc cannot
 *   compile _BitInt, the model follows gcc). Same cause as divergences/overaligned-
 *   typedef-bitfield.h.
 * Signature: model-mismatch|param|aligned-typedef,bitint,bitint>64,struct,unnamed-bitfield|clang-14+clang-16 vs clang-19 vs model
 * Signature: layout|param|aligned-typedef,bitint,bitint>64,struct,unnamed-bitfield|clang-14+clang-16 vs clang-19
 * Signature: model-mismatch|param|aligned-typedef,bitint,bitint>64,struct,unnamed-bitfield|clang-14+clang-16+clang-19 vs model
 * Found: seed 20261202 #2654, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: layout, model-mismatch
 *   size 48 align 16 .a@0/16/16 .b@16/4/4: model
 *   size 32 align 16 .a@0/16/8 .b@16/4/4: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2
 *   size 32 align 16 .a@0/16/16 .b@16/4/4: clang-19/O0 clang-19/O2
 */
typedef long t0 __attribute__((aligned(16)));
struct s0 {
  _BitInt(70) a;
  _BitInt(32) b;
  t0 : 1;
};
void f0(struct s0 p0);
