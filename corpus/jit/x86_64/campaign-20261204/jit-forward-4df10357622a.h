/*
 * A _BitInt(83) (two slots) as the seventh argument, 16-aligned on the stack by every
 * clang: mainline save_args copies stack arguments as packed 8-byte slots from RBP+0x18,
 * so the original function gets the wrong high bytes.
 * Found: x86-64 kernel-profile campaign, jit-forward-4df10357622a, 2026-12-04 (minimized where the budget allowed).
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-ctx, jit-forward, jit-regs
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: jit-ctx, jit-forward, jit-regs
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: jit-ctx, jit-forward, jit-regs
 * Expect-jit: linux-814cba835ef6-2026-08: jit-ctx, jit-forward
 * Expect-jit: reference: correct
 */
struct s0 {};
struct s1 {
  _Bool a : 1;
  struct {
    unsigned _BitInt(13) a;
  } __attribute__((packed)) b __attribute__((packed));
  unsigned _BitInt(117) c : 5;
  unsigned _BitInt(48) d;
};
typedef unsigned _BitInt(43) t0;
#pragma pack(push, 4)
struct s2 {
  unsigned __int128 : 0 __attribute__((aligned(4)));
  struct {
    _BitInt(19) f;
    unsigned char g;
    t0 h : 7;
  };
};
#pragma pack(pop)
void f0(unsigned long long p0, int p1, struct s0 *p2, struct s1 p3, char p4, struct s2 *p5, _BitInt(83) p6);
