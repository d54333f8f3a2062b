/*
 * A 64-bit bit-field of a long typedef with aligned(1): gcc 12 makes the record 8-aligned,
 * clang 19 leaves it 1-aligned.
 * Found by the model's validation against the oracle (2026-11-22).
 * Expect-kinds: layout, model-mismatch
 */
typedef long long_a1 __attribute__((aligned(1)));
struct ua_bf { long_a1 x : 64; };
int takes_ua_bf(char c, struct ua_bf s);
