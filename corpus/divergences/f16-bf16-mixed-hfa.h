/*
 * A struct of one _Float16 and one __bf16: clang 16/19 take it for an HFA of two 16-bit
 * floats (x in v0, v1; y in v2); gcc 11/12 pass it in x0 (y in v0). Two different
 * fundamental types make no HFA; clang 14 rejects __bf16 on aarch64. DEVIATIONS.md 1d;
 * the model follows the text.
 * Found by the model's validation against the oracle (seed 7 #846, #3748 of the user
 * profile), minimized by hand, 2026-12-02.
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
struct f16_bf16 { _Float16 a; __bf16 b; };
void takes_f16_bf16(struct f16_bf16 x, double y);
