/*
 * abifuzz finding: layout of the parameter 1 differs
 * Kind: layout
 * Reason: only __alignof__ of a member differs. Under #pragma pack or packed, gcc
 *   reports the alignment the member gets, clang the one its declaration asks for (its
 *   type, aligned, _Alignas; 16 for _BitInt(65..128) from clang 18); offsets, sizes and
 *   argument passing agree. gcc has no _BitInt: there the model, which follows gcc, stands
 *   against clang. Same cause as divergences/member-alignof-packed.h.
 * Signature: layout|param|alignas,packed-record,pragma-pack,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: model-mismatch|param|alignas,packed-record,pragma-pack,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12+model
 * Found: seed 20261202 #124, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: layout, model-mismatch
 *   size 4 align 4 .a@0/1/4: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2
 *   size 4 align 4 .a@0/1/64: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
#pragma pack(push, 4)
struct s0 {
  _Alignas(64) char a;
} __attribute__((packed));
#pragma pack(pop)
void f0(struct s0 p0);
