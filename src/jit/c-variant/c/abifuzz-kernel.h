/* abifuzz's stand-in for the few kernel definitions a trampoline placement function
 * uses, so that one lifted from a JIT patch compiles for the host and can be asked about
 * function models (`abifuzz ... --jit c:FILE.c`). Written for abifuzz from the names in
 * include/linux/bpf.h and the kernel's helper macros' documented meaning; no kernel code.
 * It is included before FILE.c; <linux/bpf.h> and friends resolve to it as well. */
#ifndef ABIFUZZ_KERNEL_H
#define ABIFUZZ_KERNEL_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint8_t u8, __u8;
typedef uint16_t u16, __u16;
typedef uint32_t u32, __u32;
typedef uint64_t u64, __u64;
typedef int8_t s8, __s8;
typedef int16_t s16, __s16;
typedef int32_t s32, __s32;
typedef int64_t s64, __s64;

#ifndef ENOTSUPP
#define ENOTSUPP 524 /* the kernel's internal "not supported" */
#endif

#define MAX_BPF_FUNC_ARGS 12
#define MAX_BPF_FUNC_REG_ARGS 5

/* Argument flags as abifuzz passes them. Use the names: the kernel renumbered them when
 * the STRUCT flag went (2026), and abifuzz always sets all three it knows. */
#define BTF_FMODEL_STRUCT_ARG (1 << 0)  /* a struct or union */
#define BTF_FMODEL_SIGNED_ARG (1 << 1)  /* a signed BTF int */
#define BTF_FMODEL_ALIGN16_ARG (1 << 2) /* BTF alignment above 8 (the 2026 series) */

struct btf_func_model {
	u8 ret_size;
	u8 ret_flags;
	u8 nr_args;
	u8 arg_size[MAX_BPF_FUNC_ARGS];
	u8 arg_flags[MAX_BPF_FUNC_ARGS];
};

/* Where argument i is when the traced function is entered: in argument registers from
 * `reg` on (as many as its 8-byte slots), or, with `reg` = BPF_JIT_ARG_ON_STACK, at byte
 * `stack_off` of the incoming stack arguments (a multiple of 8). */
#define BPF_JIT_ARG_ON_STACK (-1)
struct bpf_jit_arg_loc {
	int reg;
	int stack_off;
};

/* What FILE.c defines: fill loc[0 .. m->nr_args - 1] and return 0, or return a negative
 * errno (-ENOTSUPP) to refuse the function, as a JIT refuses to build a trampoline. */
int bpf_jit_place_args(const struct btf_func_model *m, struct bpf_jit_arg_loc *loc);

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))
#define round_up(x, y) (DIV_ROUND_UP((x), (y)) * (y))
#define round_down(x, y) ((x) / (y) * (y))
#define ALIGN(x, a) round_up((x), (a))
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#define min_t(t, a, b) min((t)(a), (t)(b))
#define max_t(t, a, b) max((t)(a), (t)(b))

#endif
