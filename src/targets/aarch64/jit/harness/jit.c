/* The BPF trampoline harness: a config's compiled caller calls its own compiled callee,
 * whose entry is patched the way ftrace does it on arm64 (`mov x9, x30; bl trampoline`
 * over two NOPs), so the call runs through a trampoline emitted by src/jit. The hooks and
 * programs the trampoline calls live behind veneers at fixed addresses, so the TypeScript
 * side can emit absolute calls the way the kernel does. Constants: region.ts beside it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "abf.h"

#define JIT_BASE 0x04000000ul
#define JIT_SIZE 0x10000ul
#define CODE_OFF 0x1000ul
#define CODE_MAX 0x7000ul
#define PROG_OBJ_OFF 0x8000ul
#define IM_OFF 0x9000ul
#define JIT_MAGIC 0x4a464241u /* "ABFJ" */
#define NOP 0xd503201fu
#define MOV_X9_LR 0xaa1e03e9u

enum hook { H_PROG_ENTER, H_PROG_EXIT, H_TRAMP_ENTER, H_TRAMP_EXIT, H_FENTRY, H_FEXIT, H_FMOD_RET, NHOOKS };

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
extern void abf_jit_hook_prog_enter(void), abf_jit_hook_prog_exit(void);
extern void abf_jit_hook_tramp_enter(void), abf_jit_hook_tramp_exit(void);
extern void abf_jit_hook_fentry(void), abf_jit_hook_fexit(void), abf_jit_hook_fmod_ret(void);

struct tramp { abf_u32 proto, id, nslots, nwords; const abf_u32 *words; };
static struct tramp *tramps;
static abf_u32 ntramps;
static struct { abf_u32 proto, cfg, id, nslots, bad_hook_args; } now;

/* Test hooks, as in runtime.c: a program that crashes in one prototype, or one that
 * overwrites the slot above the return value (where the kernel's frame keeps x19). */
static long crash_at = -1;
static int smash_x19;

/* ---- the hooks' C halves (the asm halves scramble caller-saved registers afterwards) ---- */
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
  if (smash_x19 && kind == H_FEXIT) ctx[now.nslots + 1] ^= 0xff;
  return 0;
}

/* ---- the fixed region: veneers to the hooks, then the trampoline ---- */
static void veneer(abf_u32 *at, void (*target)(void)) {
  at[0] = 0x58000050u; /* ldr x16, .+8 */
  at[1] = 0xd61f0200u; /* br x16 */
  memcpy(at + 2, &(abf_u64){ (abf_u64)target }, 8);
}

static void map_region(void) {
  void *want = (void *)JIT_BASE;
  void *got = mmap(want, JIT_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  if (got != want) {
    fprintf(stderr, "jit: cannot map the trampoline region at %#lx\n", JIT_BASE);
    exit(4);
  }
  void (*hooks[NHOOKS])(void) = { abf_jit_hook_prog_enter, abf_jit_hook_prog_exit, abf_jit_hook_tramp_enter,
                                  abf_jit_hook_tramp_exit, abf_jit_hook_fentry, abf_jit_hook_fexit, abf_jit_hook_fmod_ret };
  for (int k = 0; k < NHOOKS; k++) veneer((abf_u32 *)(JIT_BASE + 16 * k), hooks[k]);
}

static void write_code(abf_u32 *at, const abf_u32 *words, abf_u32 n) {
  abf_u64 page = (abf_u64)at & ~0xffful;
  if (mprotect((void *)page, ((abf_u64)(at + n) - page + 0xfff) & ~0xffful, PROT_READ | PROT_WRITE | PROT_EXEC) != 0) {
    fprintf(stderr, "jit: mprotect failed at %p\n", (void *)at);
    exit(4);
  }
  memcpy(at, words, n * 4);
  __builtin___clear_cache((char *)at, (char *)(at + n));
}

/* ftrace's patch: the first NOP saves LR in x9, the second calls the trampoline. */
static int patch_entry(void *callee, int on) {
  abf_u32 *site = callee;
  if (!on) {
    write_code(site, (const abf_u32[]){ NOP, NOP }, 2);
    return 1;
  }
  if (site[0] != NOP || site[1] != NOP) return 0;
  long off = (long)(JIT_BASE + CODE_OFF) - (long)(site + 1);
  if (off < -(1l << 27) || off >= (1l << 27)) return 0;
  abf_u32 bl = 0x94000000u | ((abf_u32)(off >> 2) & 0x03ffffffu);
  write_code(site, (const abf_u32[]){ MOV_X9_LR, bl }, 2);
  return 1;
}

/* ---- the run files: a magic word, a count, then the runs ---- */
static abf_u32 *read_runs(const char *file, abf_u32 magic) {
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

static void check_size(abf_u32 nwords, abf_u32 i) {
  if (nwords * 4 > CODE_MAX) { fprintf(stderr, "jit: code of run %u too large\n", i); exit(4); }
}

/* The trampoline file: "ABFJ", count, then per trampoline proto, id, nslots, nwords, words. */
static void load(const char *file) {
  abf_u32 *buf = read_runs(file, JIT_MAGIC);
  ntramps = buf[1];
  tramps = calloc(ntramps ? ntramps : 1, sizeof *tramps);
  abf_u32 *p = buf + 2;
  for (abf_u32 i = 0; i < ntramps; i++) {
    tramps[i] = (struct tramp){ p[0], p[1], p[2], p[3], p + 4 };
    check_size(tramps[i].nwords, i);
    p += 4 + tramps[i].nwords;
  }
}

static void emit_regs(void) {
  abf_u64 rec[26];
  memcpy(rec, abf_jit_state.after, sizeof abf_jit_state.after);
  rec[11] = abf_jit_state.sp_after;
  memcpy(rec + 12, abf_jit_state.pattern, sizeof abf_jit_state.pattern);
  rec[23] = abf_jit_state.sp_before;
  rec[24] = now.bad_hook_args;
  rec[25] = 0;
  abf_emit(ABF_JIT_REGS, now.proto, now.cfg, now.id, 0, 0, rec, sizeof rec);
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
  if (!patch_entry(e->callee, 1)) {
    abf_emit(ABF_JIT_REGS, t->proto, a, t->id, 1, 0, 0, 0); /* round 1: the entry is not patchable */
    return;
  }
  abf_jit_state.target = (abf_u64)e->callee;
  abf_jit_call(e, t->proto, a, t->id, (void *)abf_jit_shim);
  patch_entry(e->callee, 0);
  emit_regs();
}

/* Runs arrive grouped by prototype: a prototype ends (END, flushed, so a crash later
 * costs none of its records) when the next one's first run begins, and at the last. */
static void next_proto(abf_u32 *last, abf_u32 proto) {
  if (*last != ~0u && proto != *last) { abf_emit(ABF_END, *last, 0, 0, 0, 0, 0, 0); abf_flush(); }
  *last = proto;
}

static void end_protos(abf_u32 last) {
  if (last != ~0u) abf_emit(ABF_END, last, 0, 0, 0, 0, 0, 0);
  abf_flush();
}

static void drive_trampolines(abf_u32 start, const char *file) {
  if (getenv("ABIFUZZ_TEST_JIT_CRASH_AT")) crash_at = strtol(getenv("ABIFUZZ_TEST_JIT_CRASH_AT"), 0, 10);
  smash_x19 = getenv("ABIFUZZ_TEST_JIT_SMASH_X19") != 0;
  map_region();
  load(file);
  for (int k = 0; k < 11; k++) abf_jit_state.pattern[k] = 0x5a5a000000000000ul | (abf_u64)(19 + k) << 32 | (abf_u64)(19 + k);
  abf_u32 last = ~0u;
  for (abf_u32 i = 0; i < ntramps; i++) {
    const struct tramp *t = &tramps[i];
    if (t->proto < start) continue;
    next_proto(&last, t->proto);
    write_code((abf_u32 *)(JIT_BASE + CODE_OFF), t->words, t->nwords);
    for (abf_u32 a = 0; a < abf_nconfigs; a++) run_one(t, a);
  }
  end_protos(last);
}

/* ---- kfunc calls: the JIT's call path between the BPF caller's slots and a config's callee ----
 * The file: "ABFK", count, then per run proto, id, nwords, the word where its BPF-to-BPF
 * call begins, ncfg, the words, and per config its number, a zero word and the BPF
 * caller's 12 slots (u64). The BPF-to-BPF call's callee records the slots it read as a
 * JIT_CTX record of kind H_BPF_CALLEE. */
#define KFUNC_MAGIC 0x4b464241u /* "ABFK" */
#define BPF_SLOTS 12
#define H_BPF_CALLEE NHOOKS

static void bpf_to_bpf(abf_u32 proto, abf_u32 cfg, abf_u32 id, abf_u32 at, const abf_u64 *slots) {
  abf_u64 seen[BPF_SLOTS];
  memset(seen, 0xee, sizeof seen);
  ((void (*)(const abf_u64 *, abf_u64 *))(JIT_BASE + CODE_OFF + 4 * at))(slots, seen);
  abf_emit(ABF_JIT_CTX, proto, cfg, id, 0, H_BPF_CALLEE, seen, sizeof seen);
}

static void kfunc_calls(abf_u32 proto, abf_u32 id, abf_u32 bpf_at, const abf_u32 *cfgs, abf_u32 ncfg) {
  for (abf_u32 c = 0; c < ncfg; c++) {
    const abf_u32 *at = cfgs + c * (2 + 2 * BPF_SLOTS);
    abf_u64 slots[BPF_SLOTS];
    memcpy(slots, at + 2, sizeof slots);
    const struct abf_entry *e = abf_entry_of(at[0], proto);
    if (!e->callee || abf_skipped(proto, at[0], id)) continue;
    abf_begin(proto, at[0], id);
    abf_kfunc_call(e, proto, at[0], id, (void *)(JIT_BASE + CODE_OFF), slots);
    bpf_to_bpf(proto, at[0], id, bpf_at, slots);
  }
}

static void drive_kfuncs(abf_u32 start, const char *file) {
  map_region();
  abf_u32 *p = read_runs(file, KFUNC_MAGIC);
  abf_u32 n = p[1], last = ~0u;
  p += 2;
  for (abf_u32 i = 0; i < n; i++) {
    abf_u32 proto = p[0], id = p[1], nwords = p[2], bpf_at = p[3], ncfg = p[4];
    const abf_u32 *words = p + 5;
    p += 5 + nwords + ncfg * (2 + 2 * BPF_SLOTS);
    check_size(nwords, i);
    if (proto < start) continue;
    next_proto(&last, proto);
    write_code((abf_u32 *)(JIT_BASE + CODE_OFF), words, nwords);
    kfunc_calls(proto, id, bpf_at, words + nwords, ncfg);
  }
  end_protos(last);
}

/* `harness START jit FILE`: every trampoline in FILE from prototype START on;
 * `harness START kfunc FILE`: every kfunc call path in FILE. */
static void __attribute__((constructor)) register_jit(void) {
  abf_register_mode("jit", drive_trampolines);
  abf_register_mode("kfunc", drive_kfuncs);
}
