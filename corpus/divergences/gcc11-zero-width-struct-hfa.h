/*
 * A struct member holding only a zero-width bit-field, in a struct of two doubles: gcc 11
 * counts its int type and passes x in x0, x1 (y in v0); gcc 12 (12.1 changed it, with a
 * -Wpsabi note) and clang 14/16/19 skip it: x in v0, v1, y in v2. DEVIATIONS.md 1b; the
 * model follows the text (gcc 12, clang).
 * Found with abifuzz check while minimizing 1c, 2026-12-02.
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
struct zw_pair { double a, b; struct { int : 0; } z; };
void takes_zw_pair(struct zw_pair x, double y);
