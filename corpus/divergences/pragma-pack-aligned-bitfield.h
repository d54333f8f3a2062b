/*
 * Under #pragma pack(1), a bit-field with aligned(8): gcc 12 caps the alignment at 1 but
 * still starts e at bit 8 (size 2); clang 19 drops the attribute (e at bit 3, size 1).
 * Found by the model's validation against the oracle (2026-11-22).
 * Expect-kinds: arg-location, caller-callee, layout, model-mismatch
 */
#pragma pack(push, 1)
struct pk_al { char a : 3; unsigned e : 1 __attribute__((aligned(8))); };
#pragma pack(pop)
int takes_pk_al(struct pk_al s);
