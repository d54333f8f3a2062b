/*
 * A bit-field of an int typedef with aligned(16): gcc 12 moves it to the next 16-byte
 * boundary (x at bit 128, size 32); clang 19 packs it after a (bit 8, size 16).
 * Found by the model's validation against the oracle (2026-11-22).
 * Expect-kinds: arg-location, caller-callee, layout, model-mismatch
 */
typedef int int_a16 __attribute__((aligned(16)));
struct oa_bf { char a; int_a16 x : 5; char b; };
int takes_oa_bf(struct oa_bf s);
