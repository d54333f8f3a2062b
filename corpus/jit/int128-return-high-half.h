/*
 * abifuzz finding: a 16-byte result comes back in x0 and x1. Every kernel trampoline keeps
 * only x0 across the fexit programs (one return slot), so the caller gets x1 as the exit
 * hooks left it and an fexit program sees only the low half. Since c48796aa6c39 (2026-08)
 * the verifier refuses fexit and fmod_ret on such a function; reference keeps both.
 * Kind: jit-ret
 * Signature: jit-ret|return|int128|linux-9014cf56f13d-2025-05:clang-19+gcc-12
 * Found: fuzz --jit, seed 11, minimized, 2026-11-22
 * Configs: gcc-12/O0 clang-19/O0
 * Expect-kinds: jit-ret
 * Jit: all modes fentry,fexit,fmod_ret
 */
unsigned __int128 f0(void);
