/*
 * A union of one _Complex long double and a zero-width bit-field: clang 16 and 19 treat
 * it as an HFA (two long doubles, v0 and v1); gcc 11/12 and clang 14 pass it by reference
 * (32 bytes, not an HFA because of the bit-field). Every later argument shifts: b is in x1
 * for gcc, x0 for clang 16+.
 * Found by abifuzz on random prototypes (2026-11-22), minimized by hand.
 * Expected: arg-location for u and b, caller-callee between {gcc, clang-14} and {clang-16, clang-19}.
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
union ld_or_nothing { short : 0; _Complex long double a; };
int takes_u(union ld_or_nothing u, int b);
