/*
 * abifuzz finding: the model's layout of parameter 1's type differs
 * Kind: model-mismatch
 * Reason: only __alignof__ of a member differs. Under #pragma pack or packed, gcc
 *   reports the alignment the member gets, clang the one its declaration asks for (its
 *   type, aligned, _Alignas; 16 for _BitInt(65..128) from clang 18); offsets, sizes and
 *   argument passing agree. gcc has no _BitInt: there the model, which follows gcc, stands
 *   against clang. Same cause as divergences/member-alignof-packed.h.
 * Signature: model-mismatch|param|aligned-record,anonymous-member,bitint>64,pragma-pack,struct|clang-14+clang-16+model vs clang-19
 * Signature: layout|param|aligned-record,anonymous-member,bitint>64,pragma-pack,struct|clang-14+clang-16 vs clang-19
 * Found: seed 20261202 #2248, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: layout, model-mismatch
 *   size 16 align 8 .a@0/16/8: model clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2
 *   size 16 align 8 .a@0/16/16: clang-19/O0 clang-19/O2
 */
#pragma pack(push, 8)
struct s0 {
  struct {
    unsigned _BitInt(84) a;
  } __attribute__((aligned(16)));
};
#pragma pack(pop)
void f0(struct s0 p0);
