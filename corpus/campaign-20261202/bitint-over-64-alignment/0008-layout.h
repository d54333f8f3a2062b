/*
 * abifuzz finding: layout of the parameter 1 differs
 * Kind: layout
 * Reason: _BitInt(65..128) is 8-aligned in clang 14 and 16 and 16-aligned in clang 19
 *   (the clang 18 ABI change on aarch64), also as a zero-width bit-field's type: layouts,
 *   argument and return places differ, and a clang 14/16 caller crashes a clang 19 callee.
 *   Same cause as divergences/bitint72-in-struct.h.
 * Signature: layout|param|bitint>64|clang-14+clang-16 vs clang-19
 * Signature: model-mismatch|param|bitint>64|clang-14+clang-16 vs clang-19+model
 * Found: seed 20261202 #45, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: layout, model-mismatch
 *   size 16 align 8: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2
 *   size 16 align 16: clang-19/O0 clang-19/O2
 */
void f0(unsigned _BitInt(117) p0);
