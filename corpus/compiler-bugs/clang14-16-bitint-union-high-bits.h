/*
 * clang 14 and 16 pass a union whose first member is an unsigned _BitInt(58) as that
 * _BitInt: the caller re-extends bits 58..63, so the other member's top bits do not arrive
 * (a callee built by any clang, clang 14 itself included, reads a different long long).
 * Both pass it in x0, as the text says; clang 19 and 22 keep all 64 bits. gcc 12 has no
 * _BitInt.
 * Found by abifuzz fuzz --profile kernel --corpus corpus --time 10m (seed 353280, prototype
 * #2581, 2026-12-03), minimized by the campaign.
 * Expect-kinds: caller-callee
 */
union bitint_first { unsigned _BitInt(58) a; long long b; };
void takes_bitint_first(union bitint_first x);
