/*
 * abifuzz finding: layout of the return type differs
 * Kind: layout
 * Reason: a bit-field whose type is an over-aligned typedef: gcc moves it to the
 *   typedef's alignment, clang packs it after the previous member (where gcc cannot
 *   compile _BitInt, the model follows gcc). Same cause as divergences/overaligned-
 *   typedef-bitfield.h.
 * Signature: layout|return|aligned-typedef,bitfield,bool,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: ret-location|return|aligned-typedef,bitfield,bool,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: caller-callee|||clang-14<>gcc-11,clang-14<>gcc-12,clang-16<>gcc-11,clang-16<>gcc-12,clang-19<>gcc-11,clang-19<>gcc-12
 * Signature: model-mismatch|||clang-14+clang-16+clang-19 vs gcc-11+gcc-12+model
 * Found: seed 20261202 #199, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: caller-callee, layout, model-mismatch, ret-location
 *   size 128 align 64 .a@0/1/1 .b@bit512:1: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2
 *   size 64 align 64 .a@0/1/1 .b@bit8:1: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
typedef short t0 __attribute__((aligned(64)));
struct s0 {
  _Bool a;
  t0 b : 1;
};
struct s0 f0(void);
