/*
 * abifuzz finding: layout of the parameter 1 differs
 * Kind: layout
 * Reason: under #pragma pack, aligned(N) on a bit-field: gcc honours it (the record
 *   grows), clang ignores it (where gcc cannot compile _BitInt, the model follows gcc).
 *   Same cause as divergences/pragma-pack-aligned-bitfield.h.
 * Signature: layout|param|aligned-member,pragma-pack,struct,unnamed-bitfield|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: arg-location|param|aligned-member,pragma-pack,struct,unnamed-bitfield|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: caller-callee|param|aligned-member,pragma-pack,struct,unnamed-bitfield|clang-14<>gcc-11,clang-14<>gcc-12,clang-16<>gcc-11,clang-16<>gcc-12,clang-19<>gcc-11,clang-19<>gcc-12
 * Signature: caller-callee|||clang-14<>gcc-11,clang-14<>gcc-12,clang-16<>gcc-11,clang-16<>gcc-12,clang-19<>gcc-11,clang-19<>gcc-12
 * Signature: model-mismatch|param|aligned-member,pragma-pack,struct,unnamed-bitfield|clang-14+clang-16+clang-19 vs gcc-11+gcc-12+model
 * Found: seed 20261202 #280, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: arg-location, caller-callee, layout, model-mismatch
 *   size 32 align 16 .a@0/1/1: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2
 *   size 16 align 16 .a@0/1/1: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
#pragma pack(push, 16)
struct s0 {
  char a;
  char : 1 __attribute__((aligned(32)));
};
#pragma pack(pop)
void f0(struct s0 p0);
