/*
 * A zero-width bit-field inside a union (or a union member of a struct) stops gcc 12 from
 * seeing an HFA; clang 19 and the text ignore it: gcc passes a, b, d in x0, x1, x2,
 * clang in v0, v1, v2 v3.
 * Found by the model's validation against the oracle (2026-11-22).
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
union zw_a { unsigned char : 0; _Float16 a; };
union zw_b { float a; int : 0; float b; };
struct zw_d { float a; union { int : 0; float b; }; };
void takes_zero_width_hfas(union zw_a a, union zw_b b, struct zw_d d);
