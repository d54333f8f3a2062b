/*
 * x86-64, clang 14/16 against clang 19/22: a union of a struct of one float and a struct of
 * two 8-byte vectors with a zero-length _BitInt(71) array between them. From LLVM 18 the
 * i128 that _BitInt(71) is stored as is 16-aligned while clang aligns the member to 8, so
 * struct w is a packed LLVM struct (alignment 1), the union's LLVM storage becomes the
 * float's struct, and GetSSETypeAtOffset types the first eightbyte as a float: clang 19/22
 * move bytes 0-3 of it, not 4-7, even between their own caller and callee (the union's
 * member b loses bytes 4-7 of its vector a). clang 14/16 store the union as struct w and
 * move all 8. Dialects clang-x86-sse-typed-by-ir and clang18-x86-llvm-i128-align16; gcc
 * has no _BitInt.
 * Profile: user
 * Target: x86_64
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
typedef char v8c __attribute__((vector_size(8)));
struct w { v8c a; unsigned _BitInt(71) b[0]; v8c c; };
union u { struct { float f; } a; struct w b; };
void union_of_float_and_packed_llvm_struct(union u x);
