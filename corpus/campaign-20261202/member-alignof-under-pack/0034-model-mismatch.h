/*
 * abifuzz finding: the model's layout of parameter 1's type differs
 * Kind: model-mismatch
 * Reason: only __alignof__ of a member differs. Under #pragma pack or packed, gcc
 *   reports the alignment the member gets, clang the one its declaration asks for (its
 *   type, aligned, _Alignas; 16 for _BitInt(65..128) from clang 18); offsets, sizes and
 *   argument passing agree. gcc has no _BitInt: there the model, which follows gcc, stands
 *   against clang. Same cause as divergences/member-alignof-packed.h.
 * Signature: model-mismatch|param|alignas,bitint,packed-member,pragma-pack,struct|clang-14+clang-16+clang-19 vs model
 * Found: seed 20261202 #1770, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: model-mismatch
 *   size 8 align 2 .a@0/8/2: model
 *   size 8 align 2 .a@0/8/32: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
#pragma pack(push, 2)
struct s0 {
  _Alignas(32) _BitInt(55) a __attribute__((packed));
};
#pragma pack(pop)
void f0(struct s0 p0);
