/*
 * Under #pragma pack(8), gcc 12 still counts the __int128 declared type of a bit-field in
 * the natural alignment (16: x rounds up to x2,x3, C.10); clang 19 and the model use the
 * packed alignment (8: x in x1,x2).
 * Found by the model's validation against the oracle (2026-11-22).
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
#pragma pack(push, 8)
struct pk8 { unsigned long long a : 1; __int128 c : 7; void *d; };
#pragma pack(pop)
void takes_pk8(int i, struct pk8 x);
