/* The target-neutral half of a BPF trampoline harness: a config's compiled caller calls
 * its own compiled callee, whose entry the target's half (its jit.c and jit.S) patches as
 * ftrace does, so the call runs through a trampoline emitted by src/jit. Here: the C halves
 * of the hooks the trampoline calls, the trampoline file, the run loop and the REGS record.
 * The hooks sit behind veneers at fixed addresses, so the TypeScript side emits absolute
 * calls the way the kernel does. Constants: src/jit/harness/region.ts. What the target's
 * half provides, and what its own run modes reuse from here: trampolines.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "abf.h"
#include "target.h"
#include "trampolines.h"

#define JIT_BASE ABF_JIT_BASE /* the target's: target.h */
#define CODE_OFF 0x1000ul
#define CODE_MAX 0x7000ul
#define PROG_OBJ_OFF 0x8000ul
#define IM_OFF 0x9000ul
#define JIT_MAGIC 0x4a464241u /* "ABFJ" */

enum hook { H_PROG_ENTER, H_PROG_EXIT, H_TRAMP_ENTER, H_TRAMP_EXIT, H_FENTRY, H_FEXIT, H_FMOD_RET, NHOOKS };

struct tramp { abf_u32 proto, id, nslots, nwords; const abf_u32 *words; };
static struct tramp *tramps;
static abf_u32 ntramps;
static struct { abf_u32 proto, cfg, id, nslots, bad_hook_args; } now;

/* Test hooks: a program that crashes in one prototype, or an fexit program that overwrites
 * the context slot above the return value (a saved register in every kernel frame). */
static long crash_at = -1;
static int smash_above_ret;

/* ---- the hooks' C halves ---- */
static int is_prog(abf_u64 p) { return p >= JIT_BASE + PROG_OBJ_OFF && p < JIT_BASE + PROG_OBJ_OFF + 64 * NHOOKS; }

abf_u64 abf_jit_prog_enter_c(abf_u64 prog, abf_u64 run_ctx) {
  if (!is_prog(prog) || run_ctx == 0) now.bad_hook_args |= 1;
  return 1; /* a start time: non-zero runs the program */
}

void abf_jit_prog_exit_c(abf_u64 prog, abf_u64 start, abf_u64 run_ctx) {
  if (!is_prog(prog) || start != 1 || run_ctx == 0) now.bad_hook_args |= 2;
}

void abf_jit_tramp_c(abf_u64 im) {
  if (im != JIT_BASE + IM_OFF) now.bad_hook_args |= 4;
}

/* A program records what it sees: ctx[-1], every argument slot and two return slots. */
abf_u64 abf_jit_prog_c(abf_u64 *ctx, abf_u32 kind) {
  abf_emit(ABF_JIT_CTX, now.proto, now.cfg, now.id, 0, kind, ctx - 1, (now.nslots + 3) * 8);
  if ((long)now.proto == crash_at) *(volatile int *)8 = 0;
  if (smash_above_ret && kind == H_FEXIT) ctx[now.nslots + 1] ^= 0xff;
  return 0;
}

/* ---- the region and the run files, shared with a target's own modes ---- */
void abf_jit_map(void) {
  void (*const hooks[NHOOKS])(void) = { abf_jit_hook_prog_enter, abf_jit_hook_prog_exit, abf_jit_hook_tramp_enter,
                                        abf_jit_hook_tramp_exit, abf_jit_hook_fentry, abf_jit_hook_fexit, abf_jit_hook_fmod_ret };
  abf_jit_arch_map(JIT_BASE, hooks, NHOOKS);
}

abf_u32 *abf_jit_read_runs(const char *file, abf_u32 magic) {
  FILE *f = fopen(file, "rb");
  if (!f) { perror(file); exit(4); }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  abf_u32 *buf = malloc((size_t)n + 4);
  if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n || n < 8 || buf[0] != magic) { fprintf(stderr, "jit: bad run file %s\n", file); exit(4); }
  fclose(f);
  return buf;
}

void abf_jit_check_size(abf_u32 nwords, abf_u32 i) {
  if (nwords * 4 > CODE_MAX) { fprintf(stderr, "jit: code of run %u too large\n", i); exit(4); }
}

void *abf_jit_load_code(const abf_u32 *words, abf_u32 nwords) {
  void *at = (void *)(JIT_BASE + CODE_OFF);
  abf_jit_arch_write(at, words, nwords * 4ul);
  return at;
}

/* A prototype ends (END, flushed, so a crash later costs none of its records) when the
 * next one's first run begins, and at the last. */
void abf_jit_next_proto(abf_u32 *last, abf_u32 proto) {
  if (*last != ~0u && proto != *last) { abf_emit(ABF_END, *last, 0, 0, 0, 0, 0, 0); abf_flush(); }
  *last = proto;
}

void abf_jit_end_protos(abf_u32 last) {
  if (last != ~0u) abf_emit(ABF_END, last, 0, 0, 0, 0, 0, 0);
  abf_flush();
}

/* ---- the trampoline file: "ABFJ", count, then per trampoline proto, id, nslots, nwords, words ---- */
static void load(const char *file) {
  abf_u32 *buf = abf_jit_read_runs(file, JIT_MAGIC);
  ntramps = buf[1];
  tramps = calloc(ntramps ? ntramps : 1, sizeof *tramps);
  abf_u32 *p = buf + 2;
  for (abf_u32 i = 0; i < ntramps; i++) {
    tramps[i] = (struct tramp){ p[0], p[1], p[2], p[3], p + 4 };
    abf_jit_check_size(tramps[i].nwords, i);
    p += 4 + tramps[i].nwords;
  }
}

/* REGS: the target's registers record, then the hooks' complaints and a zero word. */
static void emit_regs(void) {
  abf_u64 rec[64];
  abf_u32 n = abf_jit_arch_regs(rec);
  rec[2 * n + 2] = now.bad_hook_args;
  rec[2 * n + 3] = 0;
  abf_emit(ABF_JIT_REGS, now.proto, now.cfg, now.id, 0, 0, rec, (2 * n + 4) * 8);
}

static void run_one(const struct tramp *t, abf_u32 a) {
  const struct abf_entry *e = abf_entry_of(a, t->proto);
  if (!e->caller || !e->callee || abf_skipped(t->proto, a, t->id)) return;
  abf_begin(t->proto, a, t->id);
  now.proto = t->proto;
  now.cfg = a;
  now.id = t->id;
  now.nslots = t->nslots;
  now.bad_hook_args = 0;
  if (!abf_jit_arch_patch(e->callee, JIT_BASE + CODE_OFF, 1)) {
    abf_emit(ABF_JIT_REGS, t->proto, a, t->id, 1, 0, 0, 0); /* round 1: the entry is not patchable */
    return;
  }
  abf_jit_arch_call(e, t->proto, a, t->id, JIT_BASE + CODE_OFF);
  abf_jit_arch_patch(e->callee, JIT_BASE + CODE_OFF, 0);
  emit_regs();
}

/* Every trampoline from prototype `start` on, each with every config. */
static void drive(abf_u32 start, const char *file) {
  if (getenv("ABIFUZZ_TEST_JIT_CRASH_AT")) crash_at = strtol(getenv("ABIFUZZ_TEST_JIT_CRASH_AT"), 0, 10);
  smash_above_ret = getenv("ABIFUZZ_TEST_JIT_SMASH_X19") != 0;
  abf_jit_map();
  load(file);
  abf_u32 last = ~0u;
  for (abf_u32 i = 0; i < ntramps; i++) {
    const struct tramp *t = &tramps[i];
    if (t->proto < start) continue;
    abf_jit_next_proto(&last, t->proto);
    abf_jit_load_code(t->words, t->nwords);
    for (abf_u32 a = 0; a < abf_nconfigs; a++) run_one(t, a);
  }
  abf_jit_end_protos(last);
}

/* `harness START jit FILE`: every trampoline in FILE from prototype START on. */
static void __attribute__((constructor)) register_jit(void) { abf_register_mode("jit", drive); }
