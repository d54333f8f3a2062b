/*
 * The argument shapes the kernel's BPF tracing selftests attach to (bpf_testmod and the
 * 2025-2026 many-args / stack-argument series), re-declared here as prototypes; the
 * kfunc_stack_* ones are the 2026 stack-argument kfuncs by shape, bpf_kfunc_call_stack_arg_*
 * and i128_arg_* by their selftest names (the by-value series of 2026-09).
 * Expect-kinds: none
 */
struct arg_1 { int a; };
struct arg_2 { long a; long b; };
struct arg_3 { int a; int b[]; };
struct arg_4 { u64 a; int b; };
struct arg_5 { char a; short b; int c; long d; };
union union_arg_1 { char a; short b; struct arg_1 arg; };
union union_arg_2 { int a; long b; struct arg_2 arg; };
struct pair_u64 { u64 a; u64 b; };
struct wrap_i128 { __int128 a; };
struct lohi { u64 lo; u64 hi; };
struct prog_test_pass1;

int struct_arg_1(struct arg_2 a, int b, int c);
int struct_arg_2(int a, struct arg_2 b, int c);
int struct_arg_3(int a, int b, struct arg_2 c);
int struct_arg_4(struct arg_1 a, int b, int c, int d, struct arg_2 e);
int struct_arg_5(void);
int struct_arg_6(struct arg_3 *a);
int struct_arg_7(u64 a, void *b, short c, int d, void *e, struct arg_4 f);
int struct_arg_8(u64 a, void *b, short c, int d, void *e, struct arg_4 f, int g);
int struct_arg_9(u64 a, void *b, short c, int d, void *e, char f, short g, struct arg_5 h, long i);
int struct_arg_10(struct pair_u64 a, struct pair_u64 b, struct pair_u64 c, struct pair_u64 d, short e, struct pair_u64 f);
int struct_arg_11(struct wrap_i128 a, struct wrap_i128 b, struct wrap_i128 c, struct wrap_i128 d, short e, struct wrap_i128 f);
int union_arg_1(union union_arg_1 a, int b, int c);
int union_arg_2(int a, union union_arg_2 b);
long int128_arg(__int128 a, int b, long c);
__int128 int128_ret(int a);
int fentry_test7(u64 a, void *b, short c, int d, void *e, char f, int g);
int fentry_test8(u64 a, void *b, short c, int d, void *e, char f, int g, unsigned int h);
int fentry_test9(u64 a, void *b, short c, int d, void *e, char f, int g, unsigned int h, long i);
int fentry_test10(u64 a, void *b, short c, int d, void *e, char f, int g, unsigned int h, long i, u64 j);
int fentry_test11(u64 a, void *b, short c, int d, void *e, char f, int g, unsigned int h, long i, u64 j, unsigned long k);
u64 kfunc_stack_10(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, u64 h, u64 i, u64 j);
u64 kfunc_stack_pair_mid(u64 a, struct lohi b, u64 c);
u64 kfunc_stack_int128_3(u64 a, u64 b, __int128 c);
u64 kfunc_stack_int128_8(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, __int128 h);
u64 kfunc_stack_pair_5(u64 a, u64 b, u64 c, u64 d, struct lohi e);
u64 kfunc_stack_pair_7(u64 a, u64 b, u64 c, u64 d, u64 e, struct lohi f, u64 g);
u64 kfunc_stack_pair_8(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, struct lohi h);
u64 bpf_kfunc_call_stack_arg_big(u64 a, u64 b, u64 c, u64 d, u64 e, struct lohi s);
u64 bpf_kfunc_call_stack_arg_ptr(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, u64 h, u64 i, struct prog_test_pass1 *p);
u64 bpf_kfunc_call_stack_arg_mix(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, struct prog_test_pass1 *p, u64 h, struct prog_test_pass1 *q);
u64 bpf_kfunc_call_stack_arg_mem(u64 a, u64 b, u64 c, u64 d, u64 e, void *mem, int mem__sz);
u64 i128_arg_odd(u64 a, __int128 v, u64 b);
u64 i128_arg_shift(u64 a, __int128 v, u64 b, u64 c, u64 d);
u64 i128_arg_ovf(u64 a, __int128 v, u64 b, u64 c, u64 d, u64 e, u64 f);
