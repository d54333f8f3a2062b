/*
 * An example placement function for `abifuzz ... --jit c:docs/examples/place-args.c`:
 * where the arm64 trampoline finds each argument of the traced function, from the BTF
 * function model alone. This one follows the rules bpf-next's 2026-09 series describes
 * (abifuzz's `linux-afdbb4cdd3d2-2026-09` variant, written here for abifuzz; no kernel
 * code): x0-x7 by 8-byte slots; an argument flagged ALIGN16 starts at an even register
 * or a 16-aligned stack offset; the first argument that does not fit, and every one after
 * it, is on the stack; more than 12 slots is refused.
 *
 * To validate your own change, put your placement logic in a file like this one: the
 * types and macros come from abifuzz's kernel shim (src/jit/c-variant/c/abifuzz-kernel.h),
 * and <linux/bpf.h> resolves to it.
 */
#include <linux/bpf.h>

#define ARM64_ARG_REGS 8

int bpf_jit_place_args(const struct btf_func_model *m, struct bpf_jit_arg_loc *loc)
{
	int ngrn = 0, nsaa = 0, slots = 0;
	int i;

	for (i = 0; i < m->nr_args; i++)
		slots += DIV_ROUND_UP(m->arg_size[i], 8);
	if (slots > MAX_BPF_FUNC_ARGS)
		return -ENOTSUPP;

	for (i = 0; i < m->nr_args; i++) {
		bool align16 = m->arg_flags[i] & BTF_FMODEL_ALIGN16_ARG;
		int n = DIV_ROUND_UP(m->arg_size[i], 8);
		int first = align16 ? round_up(ngrn, 2) : ngrn;

		if (first + n <= ARM64_ARG_REGS) {
			loc[i].reg = first;
			ngrn = first + n;
			continue;
		}
		/* No back-filling: once one argument is on the stack, all later ones are. */
		ngrn = ARM64_ARG_REGS;
		nsaa = round_up(nsaa, align16 ? 16 : 8);
		loc[i].reg = BPF_JIT_ARG_ON_STACK;
		loc[i].stack_off = nsaa;
		nsaa += 8 * n;
	}
	return 0;
}
