/*
 * abifuzz finding: layout of the return type differs
 * Kind: layout
 * Reason: only __alignof__ of a member differs. Under #pragma pack or packed, gcc
 *   reports the alignment the member gets, clang the one its declaration asks for (its
 *   type, aligned, _Alignas; 16 for _BitInt(65..128) from clang 18); offsets, sizes and
 *   argument passing agree. gcc has no _BitInt: there the model, which follows gcc, stands
 *   against clang. Same cause as divergences/member-alignof-packed.h.
 * Signature: layout|return|pragma-pack,struct,zero-width-bitfield|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: model-mismatch|||clang-14+clang-16+clang-19 vs gcc-11+gcc-12+model
 * Found: seed 20261202 #35, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: layout, model-mismatch
 *   size 4 align 4 .a@0/2/1: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2
 *   size 4 align 4 .a@0/2/2: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
#pragma pack(push, 1)
struct s0 {
  short a;
  int : 0;
};
#pragma pack(pop)
struct s0 f0(void);
