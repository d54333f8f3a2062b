/*
 * x86-64: gcc 11 stops with an internal compiler error ("in int_mode_for_mode, at
 * stor-layout.c:407") returning a struct of an empty struct aligned(32) and an unnamed
 * one-bit bit-field; gcc 12 compiles it. Found by a 10-minute x86-64 kernel-profile
 * campaign (seed 312364 #2533), cut down by hand. gcc 12 returns it in nothing (it holds
 * no data) and clang through rdi (clang-x86-empty-records-in-memory): their callers and
 * callees disagree on every argument.
 * Profile: kernel
 * Target: x86_64
 * Expect-kinds: arg-location, caller-callee, compiler-crash, model-mismatch
 */
struct s0 {};
struct s1 {
  struct s0 a __attribute__((aligned(32)));
  int : 1;
};
struct s1 f0(long p0);
