/*
 * clang 14 and 16 crash with SIGFPE in CodeGenTypes::ComputeRecordLayout on a union whose
 * only member is a _BitInt bit-field (any local of that type triggers it); clang 19 lays
 * it out and passes it in x0. gcc 12 has no _BitInt.
 * Found by abifuzz fuzz --seed 1 (prototype #180, 2026-11-22), minimized by hand.
 * Expect-kinds: compiler-crash
 */
union bitint_bf { unsigned _BitInt(2) a : 2; };
int takes_bitint_bf(union bitint_bf x);
