/*
 * clang 19 passes nothing for a 16-byte union made only of a zero-length array and an
 * unnamed bit-field: p moves up to x1 and the callee built by gcc reads garbage. gcc 12
 * (and the text) pass x in x2,x3 and p in x4.
 * Found by the model's validation against the oracle (2026-11-22).
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
union bits_only { long a[0]; unsigned __int128 : 5; };
void takes_bits_only(double v, int e, union bits_only x, long *p);
