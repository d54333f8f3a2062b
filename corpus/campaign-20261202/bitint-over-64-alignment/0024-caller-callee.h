/*
 * abifuzz finding: callers and callees built by different configs disagree on the call itself (killed by SIGSEGV) (8 caller->callee pairs)
 * Kind: caller-callee
 * Reason: _BitInt(65..128) is 8-aligned in clang 14 and 16 and 16-aligned in clang 19
 *   (the clang 18 ABI change on aarch64), also as a zero-width bit-field's type: layouts,
 *   argument and return places differ, and a clang 14/16 caller crashes a clang 19 callee.
 *   Same cause as divergences/bitint72-in-struct.h.
 * Signature: caller-callee|||clang-14<>clang-19,clang-16<>clang-19
 * Signature: layout|param|bitint>64,struct,unnamed-bitfield,zero-width-bitfield|clang-14+clang-16 vs clang-19
 * Signature: arg-location|param|bitint>64,struct,unnamed-bitfield,zero-width-bitfield|clang-14+clang-16 vs clang-19
 * Signature: caller-callee|param|bitint>64,struct,unnamed-bitfield,zero-width-bitfield|clang-14<>clang-19,clang-16<>clang-19
 * Signature: model-mismatch|param|bitint>64,struct,unnamed-bitfield,zero-width-bitfield|clang-14+clang-16 vs clang-19+model
 * Found: seed 20261202 #327, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: arg-location, caller-callee, layout, model-mismatch
 *   caller clang-14/O0 -> callee clang-19/O0
 *   caller clang-14/O0 -> callee clang-19/O2
 *   caller clang-14/O2 -> callee clang-19/O0
 *   caller clang-14/O2 -> callee clang-19/O2
 *   caller clang-16/O0 -> callee clang-19/O0
 *   caller clang-16/O0 -> callee clang-19/O2
 *   caller clang-16/O2 -> callee clang-19/O0
 *   caller clang-16/O2 -> callee clang-19/O2
 */
struct s0 {
  unsigned char a;
  _BitInt(86) : 0;
  unsigned char : 1;
};
void f0(struct s0 p0);
