/*
 * __alignof__ of a member expression: gcc answers the member's DECL_ALIGN after packed and
 * #pragma pack (4 here), clang its declared alignment (_Alignas(8)), though the member sits
 * at offset 4. No size, offset or argument location changes: only the align column of the
 * member table differs. DEVIATIONS.md 8; the model follows gcc.
 * Found by the model's validation against the oracle (2026-11-22), minimized by hand.
 * Expect-kinds: layout, model-mismatch
 */
#pragma pack(push, 4)
struct member_packed { char c; _Alignas(8) short s __attribute__((packed)); };
#pragma pack(pop)
int takes_member_packed(struct member_packed v);
