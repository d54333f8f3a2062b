/* What a target's JIT harness and the target-neutral driver (trampolines.c) share: the
 * calls the driver makes into the target's half (its jit.c and jit.S), and the pieces of
 * the driver a target's own run modes reuse (arm64's kfunc driver). Declarations only:
 * the harness object cache (src/oracle/object-cache.ts) keys an entry on the .c files it
 * compiles, not on the headers they include, so a constant here could change unseen. */
#ifndef ABF_JIT_TRAMPOLINES_H
#define ABF_JIT_TRAMPOLINES_H
#include "abf.h"

/* ---- the target's half (its jit.c) ---- */
/* Maps JIT_SIZE bytes at `base` for code, each hook's veneer at base + 16 * hook. */
void abf_jit_arch_map(abf_u64 base, void (*const hooks[])(void), int nhooks);
/* Writes code at `at`; the region is the target's to make executable. */
void abf_jit_arch_write(void *at, const void *code, abf_u64 bytes);
/* ftrace's patch of the callee's entry to enter the trampoline at `tramp` (on), or its undo; 0: no patchable entry. */
int abf_jit_arch_patch(void *callee, abf_u64 tramp, int on);
/* One call of config `cfg`'s caller into its patched callee, through the target's shim. */
void abf_jit_arch_call(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg, abf_u32 id, abf_u64 tramp);
/* The callee-saved registers and SP after the call, then what they held before: 2n + 2 words; returns n. */
abf_u32 abf_jit_arch_regs(abf_u64 *rec);
/* The asm halves of the hooks (the target's jit.S), each ending by scrambling what the convention lets a callee destroy. */
extern void abf_jit_hook_prog_enter(void), abf_jit_hook_prog_exit(void);
extern void abf_jit_hook_tramp_enter(void), abf_jit_hook_tramp_exit(void);
extern void abf_jit_hook_fentry(void), abf_jit_hook_fexit(void), abf_jit_hook_fmod_ret(void);

/* ---- the driver's pieces, for a target's own run modes ---- */
/* Maps the region with every hook's veneer. */
void abf_jit_map(void);
/* A run file whole: a magic word, a count, then the runs; exits 4 if it is not `magic`'s. */
abf_u32 *abf_jit_read_runs(const char *file, abf_u32 magic);
/* Exits 4 if run i's code, nwords words, does not fit where runs are loaded. */
void abf_jit_check_size(abf_u32 nwords, abf_u32 i);
/* Loads a run's code where every run is loaded; returns that address. */
void *abf_jit_load_code(const abf_u32 *words, abf_u32 nwords);
/* Runs arrive grouped by prototype: call next_proto as each run begins (it ends the
 * previous prototype when this one differs) and end_protos after the last, `last` ~0u at first. */
void abf_jit_next_proto(abf_u32 *last, abf_u32 proto);
void abf_jit_end_protos(abf_u32 last);

#endif
