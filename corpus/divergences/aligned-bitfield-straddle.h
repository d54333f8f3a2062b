/*
 * A bit-field with aligned(4) that would straddle its type's 8-byte unit: gcc 11/12 still
 * apply the PCC rule and move it to the next unit (c at bit 64); clang 14/16/19 only align
 * it to 4 bytes (c at bit 32). Same size, alignment and registers, but a gcc caller and a
 * clang callee read different bits as c (the oracle compares the bytes a callee receives,
 * which are the same, so there is no caller-callee finding). DEVIATIONS.md 9; the model
 * follows gcc.
 * Found by the model's validation against the oracle (seed 7 #25612, #55552, #66453 of the
 * kernel profile), minimized by hand, 2026-12-02.
 * Expect-kinds: arg-location, layout, model-mismatch
 */
struct abf { long b : 3; long c : 59 __attribute__((aligned(4))); };
int takes_abf(struct abf s);
