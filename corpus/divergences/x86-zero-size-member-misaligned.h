/*
 * x86-64, gcc against clang: a struct whose second member is a packed struct of size 0
 * holding an 8-aligned struct of a zero-length __int128 array, at byte 8. gcc skips a member
 * of size 0 on an eightbyte boundary and passes the struct in rdi; clang walks it and finds
 * the inner struct at byte 8, not a multiple of its type's alignment (16): MEMORY, on the
 * stack. Every argument after it shifts between them. Dialect
 * clang-x86-members-aligned-by-type. Found by a reference campaign (seed 430011 #4207).
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: arg-location, caller-callee, model-mismatch
 */
struct zero { __int128 a[0]; };
struct holder { struct zero a __attribute__((aligned(8))); } __attribute__((packed));
struct outer { char a; struct holder b; };
void zero_size_member_misaligned(struct outer x, long y);
