/*
 * abifuzz finding: the model's layout of parameter 1's type differs
 * Kind: model-mismatch
 * Reason: under #pragma pack, aligned(N) on a bit-field: gcc honours it (the record
 *   grows), clang ignores it (where gcc cannot compile _BitInt, the model follows gcc).
 *   Same cause as divergences/pragma-pack-aligned-bitfield.h.
 * Signature: model-mismatch|param|aligned-member,bitint,pragma-pack,struct,unnamed-bitfield|clang-14+clang-16+clang-19 vs model
 * Found: seed 20261202 #1168, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: model-mismatch
 *   size 6 align 1 .a@2/4/1: model
 *   size 5 align 1 .a@1/4/1: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
#pragma pack(push, 1)
struct s0 {
  char : 1;
  char : 1 __attribute__((aligned(32)));
  _BitInt(25) a;
};
#pragma pack(pop)
void f0(struct s0 p0);
