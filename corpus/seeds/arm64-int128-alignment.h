/*
 * The three prototypes from the 2025 arm64 many-args RFC review: the same {__int128}
 * struct, plain, packed and aligned(64), passed after enough 16-byte arguments to put it
 * on the stack. The thread says g lands at sp+32 (f0), sp+24 (f1) and at some 64-byte
 * aligned address (f2). `abifuzz check` shows what each compiler really does.
 * Expect-kinds: ref-underaligned
 */
struct s0 { __int128 x; };
struct s1 { __int128 x; } __attribute__((packed));
struct s2 { __int128 x; } __attribute__((aligned(64)));

int f0(__int128 a, __int128 b, __int128 c, int64_t d, __int128 e, int64_t f, struct s0 g);
int f1(__int128 a, __int128 b, __int128 c, int64_t d, __int128 e, int64_t f, struct s1 g);
int f2(__int128 a, __int128 b, __int128 c, int64_t d, __int128 e, int64_t f, struct s2 g);
