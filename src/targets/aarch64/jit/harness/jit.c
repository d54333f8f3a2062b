/* The arm64 half of the BPF trampoline harness (the rest, target-neutral, is
 * src/jit/harness/c/trampolines.c): the region with its veneers, ftrace's patch of the
 * traced function's entry (`mov x9, x30; bl trampoline` over two NOPs), the shim's state
 * and its REGS record; and arm64's own kfunc driver, which runs the JIT's kfunc call path
 * with the driver's run-file pieces (trampolines.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "abf.h"
#include "../../../../jit/harness/c/trampolines.h"

#define JIT_SIZE 0x10000ul
#define NOP 0xd503201fu
#define MOV_X9_LR 0xaa1e03e9u

/* Shared with abf_jit_shim in jit.S: keep the offsets in step. */
struct abf_jit_state {
  abf_u64 lr, sp_before;
  abf_u64 saved[11];   /* the caller's x19..x29 */
  abf_u64 pattern[11]; /* what x19..x29 hold while the traced call runs */
  abf_u64 target;
  abf_u64 after[11];   /* x19..x29 when the traced call returned */
  abf_u64 sp_after;
} abf_jit_state;
extern void abf_jit_shim(void);

/* ---- the fixed region: veneers to the hooks, then the code ---- */
static void veneer(abf_u32 *at, void (*target)(void)) {
  at[0] = 0x58000050u; /* ldr x16, .+8 */
  at[1] = 0xd61f0200u; /* br x16 */
  memcpy(at + 2, &(abf_u64){ (abf_u64)target }, 8);
}

void abf_jit_arch_map(abf_u64 base, void (*const hooks[])(void), int nhooks) {
  void *got = mmap((void *)base, JIT_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  if (got != (void *)base) {
    fprintf(stderr, "jit: cannot map the trampoline region at %#lx\n", base);
    exit(4);
  }
  for (int k = 0; k < nhooks; k++) veneer((abf_u32 *)(base + 16 * k), hooks[k]);
}

/* Also the callee's entry, in the compiler's read-only text: hence mprotect. Stores do not
 * reach instruction fetch on arm64 until the cache is cleaned. */
void abf_jit_arch_write(void *at, const void *code, abf_u64 bytes) {
  abf_u64 page = (abf_u64)at & ~0xffful;
  if (mprotect((void *)page, ((abf_u64)at + bytes - page + 0xfff) & ~0xffful, PROT_READ | PROT_WRITE | PROT_EXEC) != 0) {
    fprintf(stderr, "jit: mprotect failed at %p\n", at);
    exit(4);
  }
  memcpy(at, code, bytes);
  __builtin___clear_cache((char *)at, (char *)at + bytes);
}

/* ftrace's patch: the first NOP saves LR in x9, the second calls the trampoline. */
int abf_jit_arch_patch(void *callee, abf_u64 tramp, int on) {
  abf_u32 *site = callee;
  if (!on) {
    abf_jit_arch_write(site, (const abf_u32[]){ NOP, NOP }, 8);
    return 1;
  }
  if (site[0] != NOP || site[1] != NOP) return 0;
  long off = (long)tramp - (long)(site + 1);
  if (off < -(1l << 27) || off >= (1l << 27)) return 0;
  abf_u32 bl = 0x94000000u | ((abf_u32)(off >> 2) & 0x03ffffffu);
  abf_jit_arch_write(site, (const abf_u32[]){ MOV_X9_LR, bl }, 8);
  return 1;
}

void abf_jit_arch_call(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg, abf_u32 id, abf_u64 tramp) {
  (void)tramp; /* reached by the bl the patch wrote */
  for (int k = 0; k < 11; k++) abf_jit_state.pattern[k] = 0x5a5a000000000000ul | (abf_u64)(19 + k) << 32 | (abf_u64)(19 + k);
  abf_jit_state.target = (abf_u64)e->callee;
  abf_jit_call(e, proto, cfg, id, (void *)abf_jit_shim);
}

abf_u32 abf_jit_arch_regs(abf_u64 *rec) {
  memcpy(rec, abf_jit_state.after, sizeof abf_jit_state.after);
  rec[11] = abf_jit_state.sp_after;
  memcpy(rec + 12, abf_jit_state.pattern, sizeof abf_jit_state.pattern);
  rec[23] = abf_jit_state.sp_before;
  return 11;
}

/* ---- kfunc calls: the JIT's call path between the BPF caller's slots and a config's callee ----
 * The file: "ABFK", count, then per run proto, id, nwords, the word where its BPF-to-BPF
 * call begins, ncfg, the words, and per config its number, a zero word and the BPF
 * caller's 12 slots (u64). The BPF-to-BPF call's callee records the slots it read as a
 * JIT_CTX record of kind H_BPF_CALLEE. */
#define KFUNC_MAGIC 0x4b464241u /* "ABFK" */
#define BPF_SLOTS 12
#define H_BPF_CALLEE 7 /* after the trampoline's hooks: BPF_CALLEE_HOOK in src/bpf/modes.ts */

static void bpf_to_bpf(abf_u32 proto, abf_u32 cfg, abf_u32 id, const abf_u32 *code, const abf_u64 *slots) {
  abf_u64 seen[BPF_SLOTS];
  memset(seen, 0xee, sizeof seen);
  ((void (*)(const abf_u64 *, abf_u64 *))code)(slots, seen);
  abf_emit(ABF_JIT_CTX, proto, cfg, id, 0, H_BPF_CALLEE, seen, sizeof seen);
}

static void kfunc_calls(abf_u32 proto, abf_u32 id, const abf_u32 *code, abf_u32 bpf_at, const abf_u32 *cfgs, abf_u32 ncfg) {
  for (abf_u32 c = 0; c < ncfg; c++) {
    const abf_u32 *at = cfgs + c * (2 + 2 * BPF_SLOTS);
    abf_u64 slots[BPF_SLOTS];
    memcpy(slots, at + 2, sizeof slots);
    const struct abf_entry *e = abf_entry_of(at[0], proto);
    if (!e->callee || abf_skipped(proto, at[0], id)) continue;
    abf_begin(proto, at[0], id);
    abf_kfunc_call(e, proto, at[0], id, (void *)code, slots);
    bpf_to_bpf(proto, at[0], id, code + bpf_at, slots);
  }
}

static void drive_kfuncs(abf_u32 start, const char *file) {
  abf_jit_map();
  abf_u32 *p = abf_jit_read_runs(file, KFUNC_MAGIC);
  abf_u32 n = p[1], last = ~0u;
  p += 2;
  for (abf_u32 i = 0; i < n; i++) {
    abf_u32 proto = p[0], id = p[1], nwords = p[2], bpf_at = p[3], ncfg = p[4];
    const abf_u32 *words = p + 5;
    p += 5 + nwords + ncfg * (2 + 2 * BPF_SLOTS);
    abf_jit_check_size(nwords, i);
    if (proto < start) continue;
    abf_jit_next_proto(&last, proto);
    const abf_u32 *code = abf_jit_load_code(words, nwords);
    kfunc_calls(proto, id, code, bpf_at, words + nwords, ncfg);
  }
  abf_jit_end_protos(last);
}

/* `harness START kfunc FILE`: every kfunc call path in FILE from prototype START on
 * (trampolines.c registers `jit`). */
static void __attribute__((constructor)) register_kfunc(void) { abf_register_mode("kfunc", drive_kfuncs); }
