/* The helper process around a `--jit c:FILE.c` placement function (abifuzz's, no kernel
 * code). One function model a line on stdin:
 *   nr_args ret_size ret_flags size0 flags0 size1 flags1 ...
 * one answer a line on stdout:
 *   ok TOKEN...    a token per argument: rN (in registers from xN) or sOFF (stack + OFF)
 *   err ERRNO      the function refused (a negative errno)
 *   bad WHAT       the input line could not be read
 * An argument the function left unset is answered `u`. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include "abifuzz-kernel.h"

static int read_model(char *line, struct btf_func_model *m) {
	char *p = line, *end;
	long v[3 + 2 * MAX_BPF_FUNC_ARGS];
	int n = 0;
	while (n < (int)ARRAY_SIZE(v)) {
		long x = strtol(p, &end, 10);
		if (end == p) break;
		v[n++] = x;
		p = end;
	}
	if (n < 3 || v[0] < 0 || v[0] > MAX_BPF_FUNC_ARGS || n != 3 + 2 * v[0]) return -1;
	memset(m, 0, sizeof *m);
	m->nr_args = (u8)v[0];
	m->ret_size = (u8)v[1];
	m->ret_flags = (u8)v[2];
	for (int i = 0; i < m->nr_args; i++) {
		m->arg_size[i] = (u8)v[3 + 2 * i];
		m->arg_flags[i] = (u8)v[4 + 2 * i];
	}
	return 0;
}

int main(void) {
	char line[1024];
	while (fgets(line, sizeof line, stdin)) {
		struct btf_func_model m;
		struct bpf_jit_arg_loc loc[MAX_BPF_FUNC_ARGS];
		if (read_model(line, &m) != 0) {
			printf("bad model\n");
		} else {
			for (int i = 0; i < MAX_BPF_FUNC_ARGS; i++) loc[i] = (struct bpf_jit_arg_loc){ INT_MIN, INT_MIN };
			int err = bpf_jit_place_args(&m, loc);
			if (err != 0) {
				printf("err %d\n", err);
			} else {
				printf("ok");
				for (int i = 0; i < m.nr_args; i++) {
					if (loc[i].reg >= 0) printf(" r%d", loc[i].reg);
					else if (loc[i].reg == BPF_JIT_ARG_ON_STACK && loc[i].stack_off != INT_MIN) printf(" s%d", loc[i].stack_off);
					else printf(" u");
				}
				printf("\n");
			}
		}
		fflush(stdout);
	}
	return 0;
}
