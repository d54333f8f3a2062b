/*
 * Reason: gcc 11/12 pass a by-reference union of an over-aligned type through a copy that
 *   is not aligned to its type, as they do for structs (the campaign meets the union
 *   spellings often, and its minimizer turns them into structs): _Alignas, an aligned
 *   member, an aligned union, an aligned typedef. Same cause as
 *   compiler-bugs/gcc-byref-copy-underaligned.h. Written by hand, 2026-12-02.
 * Expect-kinds: ref-underaligned
 */
union by_alignas { _Alignas(32) char a; };
void takes_by_alignas(union by_alignas u);
union by_member { char a __attribute__((aligned(32))); };
void takes_by_member(union by_member u);
union by_union { char a; } __attribute__((aligned(32)));
void takes_by_union(union by_union u);
typedef char char32 __attribute__((aligned(32)));
union by_typedef { char32 a; };
void takes_by_typedef(union by_typedef u);
