/*
 * abifuzz finding: the return value is passed back in different places
 * Kind: ret-location
 * Reason: _BitInt(65..128) is 8-aligned in clang 14 and 16 and 16-aligned in clang 19
 *   (the clang 18 ABI change on aarch64), also as a zero-width bit-field's type: layouts,
 *   argument and return places differ, and a clang 14/16 caller crashes a clang 19 callee.
 *   Same cause as divergences/bitint72-in-struct.h.
 * Signature: ret-location|return|bitfield,bitint>64,struct|clang-14+clang-16 vs clang-19
 * Signature: layout|return|bitfield,bitint>64,struct|clang-14+clang-16 vs clang-19
 * Signature: caller-callee|||clang-14<>clang-19,clang-16<>clang-19
 * Signature: model-mismatch|||clang-14+clang-16 vs clang-19+model
 * Found: seed 20261202 #1409, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: caller-callee, layout, model-mismatch, ret-location
 *   x0 (byte 8: none): clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2
 *   x0 (byte 8: padding): clang-19/O0 clang-19/O2
 */
struct s0 {
  unsigned _BitInt(98) a : 1;
};
struct s0 f0(void);
