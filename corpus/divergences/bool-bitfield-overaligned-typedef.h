/*
 * A one-bit field whose declared type is a _Bool typedef with aligned(32): gcc 12 puts
 * it at bit 128 (struct size 32), clang 19 at bit 256, the next 32-byte boundary (size
 * 64). Both pass the struct by reference, but the callee reads the bit elsewhere.
 * Found by abifuzz on random prototypes (2026-11-22), minimized by hand.
 * Expected: layout, arg-location and caller-callee between gcc and clang; gcc also
 * passes the 32-aligned copy 16-aligned (see compiler-bugs/gcc-byref-copy-underaligned.h).
 * Expect-kinds: arg-location, caller-callee, layout, model-mismatch, ref-underaligned
 */
typedef _Bool bool_a32 __attribute__((aligned(32)));
struct bool_bf { char b[16]; bool_a32 c : 1; };
int takes_bool_bf(struct bool_bf s);
