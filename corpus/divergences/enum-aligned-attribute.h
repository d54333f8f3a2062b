/*
 * gcc 11/12 ignore aligned(64) written after an enum's closing brace (size 4, align 4);
 * clang 14/16/19 apply it (size 64, align 64). The union is then 4 bytes in gcc, passed
 * in x0, and 64 bytes in clang, passed by reference: a gcc caller hands a clang callee an
 * integer where it expects a pointer (SIGSEGV under qemu).
 * Found by abifuzz on random prototypes (2026-11-22), minimized by hand.
 * Expected: layout, arg-location and caller-callee (crash) between every gcc and clang config.
 * Expect-kinds: arg-location, caller-callee, layout, model-mismatch
 */
enum big_e { BIG_A = 5 } __attribute__((aligned(64)));
union holds_big_e { enum big_e a; };
int takes_union(union holds_big_e u, int b);
