/*
 * gcc 12 does not treat an aggregate of __bf16 as an HFA: x goes in x0 and y in v0;
 * clang 19 (and the AAPCS64 text, and the model) pass x in v0,v1 and y in v2.
 * Found by the model's validation against the oracle (2026-11-22).
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
struct bf16_pair { __bf16 a, b; };
void takes_bf16_pair(struct bf16_pair x, double y);
