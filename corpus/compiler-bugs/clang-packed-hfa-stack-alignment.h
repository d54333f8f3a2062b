/*
 * A packed struct of one long double is an HFA; packed makes its natural alignment 1, so
 * on the stack C.4 rounds NSAA to 8: x goes at stack+8, after the float at stack+0. gcc
 * 11/12 and clang 19 at -O2 do so. clang 14 and 16 (both levels) put it at stack+16, and
 * so does clang 19 at -O0: its front end marks the argument `alignstack(8)`, which
 * SelectionDAG (-O2) honours and GlobalISel (the -O0 default on aarch64) ignores, aligning
 * to fp128's 16 instead. A clang 19 -O2 caller and a clang 19 -O0 callee disagree on x.
 * The same holds for a packed HVA (a 16-byte vector member). DEVIATIONS.md 1e; the model
 * follows the text.
 * Found by the model's validation against the oracle (seed 7 #44042 of the user profile),
 * minimized by hand, 2026-12-02.
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
struct quad4 { long double a, b, c, d; };
struct packed_quad { long double a; } __attribute__((packed));
void takes_packed_quad(struct quad4 in_v0_v3, struct quad4 in_v4_v7, float on_stack, struct packed_quad x);
