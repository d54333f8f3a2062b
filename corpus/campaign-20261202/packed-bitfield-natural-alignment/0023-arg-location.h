/*
 * abifuzz finding: parameter 2 is passed in different places
 * Kind: arg-location
 * Reason: gcc counts a packed __int128 bit-field's declared type in the natural
 *   alignment that decides C.10's even register pair, clang does not: the argument goes in
 *   x2,x3 (gcc) or x1,x2 (clang). Same cause as divergences/packed-bitfield-natural-
 *   alignment.h.
 * Signature: arg-location|param|bitfield,int128,packed-record,struct|clang-14+clang-16+clang-19 vs gcc-11+gcc-12
 * Signature: caller-callee|param|bitfield,int128,packed-record,struct|clang-14<>gcc-11,clang-14<>gcc-12,clang-16<>gcc-11,clang-16<>gcc-12,clang-19<>gcc-11,clang-19<>gcc-12
 * Signature: model-mismatch|param|bitfield,int128,packed-record,struct|clang-14+clang-16+clang-19+model vs gcc-11+gcc-12
 * Found: seed 20261202 #319, minimized, 2026-12-02
 * Configs: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2 clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 * Profile: kernel
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 *   x2 x3: gcc-11/O0 gcc-11/O2 gcc-12/O0 gcc-12/O2
 *   x1 x2: clang-14/O0 clang-14/O2 clang-16/O0 clang-16/O2 clang-19/O0 clang-19/O2
 */
struct s0 {
  __int128 a : 115;
} __attribute__((packed));
void f0(char p0, struct s0 p1);
