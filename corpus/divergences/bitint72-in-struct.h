/*
 * _BitInt(72) is 8-aligned in clang 14 and 16 and 16-aligned in clang 19 (the clang 18
 * ABI change for _BitInt(65..128) on aarch64): the struct grows from 24 to 32 bytes and
 * b moves from offset 8 to 16. gcc 12 has no _BitInt.
 * Found by abifuzz (2026-11-22).
 * Expected: layout, arg-location and caller-callee between clang-14/16 and clang-19.
 * Expect-kinds: arg-location, caller-callee, layout, model-mismatch
 */
struct holds_bitint72 { char c; _BitInt(72) b; };
int takes_bitint_struct(struct holds_bitint72 s, int x);
