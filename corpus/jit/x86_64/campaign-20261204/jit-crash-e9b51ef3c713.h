/*
 * A packed 1-byte struct result clang returns in memory (through rdi): BTF says 1 byte,
 * the trampoline does not keep rdi across its programs, and the traced function writes
 * its result through whatever rdi holds: SIGSEGV.
 * Found: x86-64 kernel-profile campaign, jit-crash-e9b51ef3c713, 2026-12-04 (minimized where the budget allowed).
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: jit-crash
 * Jit: all modes fentry,fexit,fmod_ret
 * Expect-jit: rfc-2025-06-validate-args: refused
 * Expect-jit: linux-ccb4f5d91ec4-2025-09: refused
 * Expect-jit: linux-814cba835ef6-2026-08: jit-crash
 * Expect-jit: reference: refused
 */
typedef unsigned int t0;
struct s1 {
  _BitInt(61) : 4;
  t0 a[0];
  unsigned short b[0];
} __attribute__((packed));
struct s1 f0(void);
