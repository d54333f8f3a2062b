/*
 * A union member made only of a zero-length array (size 0) after two doubles: clang
 * 14/16/19 skip the empty member and pass an HFA (x in v0, v1; y in v2), gcc 11/12 do not
 * (x in x0, x1; y in v0). After a _Complex double instead of the two doubles, gcc agrees
 * with clang (the record takes the complex member's mode). With a zero-length array of
 * pointers beside one 8-byte vector, gcc passes the record as a vector (v0) and clang
 * does not (x0). DEVIATIONS.md 1c; the model follows clang.
 * Found by the model's validation against the oracle (seed 7 #88080 of the user profile,
 * where both compilers agreed and the model did not), minimized by hand, 2026-12-02.
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
struct zl_q3 { double a, b; union { long double c[0]; }; };
void takes_zl_q3(struct zl_q3 x, double y);
struct zl_q2 { _Complex double a; union { long double b[0]; }; };
void takes_zl_q2(struct zl_q2 x, double y);
typedef unsigned char zl_v8u __attribute__((vector_size(8)));
struct zl_zv { double *a[0]; zl_v8u v; };
void takes_zl_zv(struct zl_zv x, double y);
