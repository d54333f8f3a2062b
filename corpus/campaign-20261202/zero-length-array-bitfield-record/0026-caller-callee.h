/*
 * abifuzz finding: callers and callees built by different configs disagree on parameter 2 (48 caller->callee pairs)
 * Kind: caller-callee
 * Reason: a record of only a zero-length array and an unnamed bit-field: clang passes
 *   nothing for it, gcc passes it in x0, so the next argument's register differs between a
 *   gcc caller and a clang callee. Same cause as divergences/clang-drops-bitfield-only-
 *   union.h.
 * Signature: caller-callee|param||clang-14<>gcc-11,clang-14<>gcc-12,clang-16<>gcc-11,clang-16<>gcc-12,clang-19<>gcc-11,clang-19<>gcc-12
 * Signature: arg-location|param||clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: model-mismatch|param||clang-14+clang-16+clang-19 vs gcc-11+gcc-12+model
 * Found: seed 20261202 #734, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 *   caller gcc-11/O0 -> callee clang-14/O0
 *   caller gcc-11/O0 -> callee clang-14/O2
 *   caller gcc-11/O0 -> callee clang-16/O0
 *   caller gcc-11/O0 -> callee clang-16/O2
 *   caller gcc-11/O0 -> callee clang-19/O0
 *   caller gcc-11/O0 -> callee clang-19/O2
 *   caller gcc-11/O2 -> callee clang-14/O0
 *   caller gcc-11/O2 -> callee clang-14/O2
 *   caller gcc-11/O2 -> callee clang-16/O0
 *   caller gcc-11/O2 -> callee clang-16/O2
 *   caller gcc-11/O2 -> callee clang-19/O0
 *   caller gcc-11/O2 -> callee clang-19/O2
 *   caller gcc-12/O0 -> callee clang-14/O0
 *   caller gcc-12/O0 -> callee clang-14/O2
 *   caller gcc-12/O0 -> callee clang-16/O0
 *   caller gcc-12/O0 -> callee clang-16/O2
 *   caller gcc-12/O0 -> callee clang-19/O0
 *   caller gcc-12/O0 -> callee clang-19/O2
 *   caller gcc-12/O2 -> callee clang-14/O0
 *   caller gcc-12/O2 -> callee clang-14/O2
 *   caller gcc-12/O2 -> callee clang-16/O0
 *   caller gcc-12/O2 -> callee clang-16/O2
 *   caller gcc-12/O2 -> callee clang-19/O0
 *   caller gcc-12/O2 -> callee clang-19/O2
 *   caller clang-14/O0 -> callee gcc-11/O0
 *   caller clang-14/O0 -> callee gcc-11/O2
 *   caller clang-14/O0 -> callee gcc-12/O0
 *   caller clang-14/O0 -> callee gcc-12/O2
 *   caller clang-14/O2 -> callee gcc-11/O0
 *   caller clang-14/O2 -> callee gcc-11/O2
 *   caller clang-14/O2 -> callee gcc-12/O0
 *   caller clang-14/O2 -> callee gcc-12/O2
 *   caller clang-16/O0 -> callee gcc-11/O0
 *   caller clang-16/O0 -> callee gcc-11/O2
 *   caller clang-16/O0 -> callee gcc-12/O0
 *   caller clang-16/O0 -> callee gcc-12/O2
 *   caller clang-16/O2 -> callee gcc-11/O0
 *   caller clang-16/O2 -> callee gcc-11/O2
 *   caller clang-16/O2 -> callee gcc-12/O0
 *   caller clang-16/O2 -> callee gcc-12/O2
 *   caller clang-19/O0 -> callee gcc-11/O0
 *   caller clang-19/O0 -> callee gcc-11/O2
 *   caller clang-19/O0 -> callee gcc-12/O0
 *   caller clang-19/O0 -> callee gcc-12/O2
 *   caller clang-19/O2 -> callee gcc-11/O0
 *   caller clang-19/O2 -> callee gcc-11/O2
 *   caller clang-19/O2 -> callee gcc-12/O0
 *   caller clang-19/O2 -> callee gcc-12/O2
 */
struct s0 {
  char *a[0];
  char : 1;
};
void f0(struct s0 p0, unsigned char p1);
