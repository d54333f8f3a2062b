/* The harness runtime: drives every prototype of a batch through every config's caller,
 * with the probe and with every config's compiled callee, and streams binary records to
 * stdout. Compiled once, with the link driver, into a cache shared by every batch: no
 * per-config flags apply. */
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "abf.h"
#include "target.h"

/* Hooks a target.h may leave out: the callee hands a result buffer's address back
 * (x86-64: in rax), and state to reset before each call (x86-64: the x87 stack). */
#ifndef ABF_RESULT_RETURNED
#define ABF_RESULT_RETURNED(r, p) ((void)(r), (void)(p))
#endif
#ifndef ABF_BEFORE_CALL
#define ABF_BEFORE_CALL() ((void)0)
#endif
/* Whether a large argument is copied onto the stack whole (x86-64) rather than passed as
 * a pointer to a copy (aarch64): the stack window must then hold it. */
#ifndef ABF_LARGE_ON_STACK
#define ABF_LARGE_ON_STACK 0
#endif
#define WINDOW_MAX (ABF_LARGE_ON_STACK ? 65536 : 8192)
/* What a runtime function compiled code calls needs where that code may have broken the
 * runtime's own ABI (x86-64 kernel flags keep RSP only 8-aligned). */
#ifndef ABF_FROM_COMPILED
#define ABF_FROM_COMPILED
#endif

#define ROUNDS 4
#define POOL_SIZE (1u << 16)
#define OUT_SIZE (1u << 16)
#define RET_BOOL_SLOT 13
#define PROBE_ID 0xffffu /* the callee id of probe calls in records */
#define PAGE 4096u


/* The graffiti of each round (see fill_pool), and the round's in use. */
static abf_u8 pools[ROUNDS][POOL_SIZE] __attribute__((aligned(PAGE)));
static abf_u8 bools_of[ROUNDS][16];
static const abf_u8 *pool = pools[0], *bools = bools_of[0];
static abf_u8 out[OUT_SIZE];
const abf_u8 *abf_bools_ptr = bools_of[0];
static abf_u64 stack_hi;

/* The call in progress, for the probe and the callees. */
static struct {
  abf_u32 proto, cfg, callee_cfg, round, phase2, ret_is_bool, jit;
  abf_u64 ret_size, fill_off, window, refmax;
} cur;

/* ---- clobber experiments (see abf_clobber in the target's probe.S) ---- */
#define CLOBBER_PLACES ABF_CLOBBER_PLACES
#ifndef CLOBBER_VARIANTS
#define CLOBBER_VARIANTS 2
#endif
#define MAX_VALUES 32
struct abf_clob { abf_u64 mode, pattern; void *target; abf_u64 lr, window; abf_u8 save[8192]; } abf_clob;
extern void abf_clobber(void);
/* The two patterns are addresses into these (a clobbered by-reference pointer must still
 * point at readable memory) whose low 16 bits are complements, 0x5555 and 0xaaaa: every
 * bit of a register's or stack word's low two bytes changes in one variant or the other,
 * so even a 1-bit bit-field read from there is caught. Mapped where bytes 2-5 of the two
 * addresses are complements too (but for bit 47, which a user address keeps clear), so a
 * _Bool or 1-bit field in bytes 2-5 of a stack word is caught as well; the static arrays
 * where those addresses are taken. */
#define JUNK_SIZE (1u << 17)
static abf_u8 junk_static[2][JUNK_SIZE] __attribute__((aligned(1u << 16)));
static abf_u8 *junk[2] = {junk_static[0], junk_static[1]};
static const abf_u64 junk_low[2] = {0x5555, 0xaaaa};
static const abf_u64 junk_at[2] = {0x553c3c3c0000ull, 0x2ac3c3c30000ull};

static void map_junk(void) {
  for (int v = 0; v < 2; v++) {
    void *p = mmap((void *)junk_at[v], JUNK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == (void *)junk_at[v]) junk[v] = p;
    else if (p != MAP_FAILED) munmap(p, JUNK_SIZE); /* a kernel before 4.17 took it as a hint */
  }
}
/* The place that may carry a result buffer's address (x86-64: rdi), which a callee stores
 * through with aligned SSE stores: its patterns are 64-aligned, at the cost of not
 * toggling the low 6 bits of that register. */
#ifndef ABF_RESULT_PLACE
#define ABF_RESULT_PLACE (~0u)
#endif
static const abf_u64 junk_low_aligned[2] = {0x5540, 0xaa80};
/* Whether a callee follows no incoming pointer but a result buffer's (x86-64 copies a
 * MEMORY argument, it never passes one by reference): every other place then takes a
 * pattern of complement bytes, so that a 1-bit field in a word's top bytes is caught too. */
#ifndef ABF_ONLY_RESULT_POINTER_FOLLOWED
#define ABF_ONLY_RESULT_POINTER_FOLLOWED 0
#endif
static const abf_u64 any_value[2] = {0x5555555555555555ull, 0xaaaaaaaaaaaaaaaaull};

static abf_u64 clobber_pattern(abf_u32 place, abf_u32 variant) {
  if (place == ABF_RESULT_PLACE) return (abf_u64)(junk[variant] + junk_low_aligned[variant]);
  if (ABF_ONLY_RESULT_POINTER_FOLLOWED) return any_value[variant];
  return (abf_u64)(junk[variant] + junk_low[variant]);
}
enum { CALLEE_PLAIN, CALLEE_CAPTURE, CALLEE_COMPARE } callee_mode;
static abf_u8 masks[OUT_SIZE], reference[OUT_SIZE];
/* Per parameter, which of its bytes a clobber experiment changed: bit j for byte j, bit 63
 * for byte 63 and every byte after it. A place counts as read for the bytes it broke
 * only: a byte the callee never received (clang passes 4 bytes of an 8-byte eightbyte)
 * is whatever its frame held, which any clobber may change. */
static abf_u64 broken[MAX_VALUES];
#define BROKEN_BIT(j) (1ull << ((j) < 63 ? (j) : 63))
static abf_u64 value_off[MAX_VALUES + 1];

static void capture_mask(abf_u32 idx, const void *data, abf_u64 len) {
  if (idx >= MAX_VALUES) return;
  if (idx == 0) value_off[0] = 0;
  if (value_off[idx] + len > OUT_SIZE) return;
  memcpy(masks + value_off[idx], data, len);
  value_off[idx + 1] = value_off[idx] + len;
}

/* ---- output: records are buffered per prototype and flushed at BEGIN/END ---- */
static abf_u8 obuf[1u << 22];
static abf_u64 olen;

void abf_flush(void) {
  abf_u64 done = 0;
  while (done < olen) {
    long n = write(1, obuf + done, olen - done);
    if (n <= 0) _exit(3);
    done += (abf_u64)n;
  }
  olen = 0;
}

void abf_emit(abf_u32 kind, abf_u32 proto, abf_u32 a, abf_u32 b, abf_u32 round, abf_u32 idx,
              const void *data, abf_u64 len) {
  if (kind == ABF_MASK) capture_mask(idx, data, len);
  abf_u32 head[6] = { kind, proto, a | (b << 16), round | (idx << 16), (abf_u32)len, 0 }; /* 24 bytes */
  if (olen + sizeof head + len > sizeof obuf) abf_flush();
  memcpy(obuf + olen, head, sizeof head);
  olen += sizeof head;
  if (len) memcpy(obuf + olen, data, len);
  olen += len;
}

/* Buffers of at least `size` bytes for a value's mask and boolmap, grown as needed. */
static abf_u8 *scratch(int which, abf_u64 size) {
  static abf_u8 *buf[2];
  static abf_u64 cap[2];
  if (size > cap[which]) {
    cap[which] = size > 256 ? size : 256;
    buf[which] = realloc(buf[which], cap[which]);
    if (!buf[which]) _exit(3);
  }
  return buf[which];
}

#define BOOL_SLOTS_FOR_VALUES 13
/* The x87 extended format (x86-64) has 10 value bytes in its 16; binary128 (aarch64) all. */
#if __LDBL_MANT_DIG__ == 64
#define LDOUBLE_VALUE_BYTES 10
#else
#define LDOUBLE_VALUE_BYTES 16
#endif
struct shape { const abf_u64 *layout; abf_u8 *mask, *boolmap; abf_u64 size; };

static void set_bytes(abf_u8 *to, const struct shape *s, abf_u64 off, abf_u64 n, abf_u8 value) {
  for (abf_u64 i = off; i < off + n && i < s->size; i++) to[i] = value;
}

/* Runs ops [op, end) for the element at byte `base` whose row-major index is `index`.
 * Each buffer sees its writes in the order the leaves come, as the caller's stores would:
 * a later union member overwrites an earlier one's byte. */
static void run_ops(const struct shape *s, const abf_u64 *op, const abf_u64 *end, abf_u64 base, abf_u64 index) {
  while (op < end) {
    switch (op[0]) {
      case ABF_OP_BYTES:
        set_bytes(s->mask, s, base + op[1], op[2], 0xff);
        op += 3;
        break;
      case ABF_OP_LDOUBLE:
        for (abf_u64 part = 0; part < op[2]; part += 16) set_bytes(s->mask, s, base + op[1] + part, LDOUBLE_VALUE_BYTES, 0xff);
        op += 3;
        break;
      case ABF_OP_BOOL:
        set_bytes(s->mask, s, base + op[1], op[2], 0xff);
        set_bytes(s->boolmap, s, base + op[1], 1, (abf_u8)(1 + (op[3] + index) % BOOL_SLOTS_FOR_VALUES));
        op += 4;
        break;
      case ABF_OP_BITINT: {
        abf_u64 at = base + op[1], full = op[2] / 8, rest = op[2] % 8;
        set_bytes(s->mask, s, at, full, 0xff);
        if (rest && at + full < s->size) {
          s->mask[at + full] = (abf_u8)((1u << rest) - 1);
          if (!s->boolmap[at + full]) s->boolmap[at + full] = 0xff; /* NORMALIZED in locate.ts */
        }
        op += 3;
        break;
      }
      case ABF_OP_BITS: {
        abf_u64 firstbit = s->layout[op[1]], width = s->layout[op[1] + 1];
        for (abf_u64 b = base * 8 + firstbit; firstbit != ~0ul && b < base * 8 + firstbit + width && b / 8 < s->size; b++) s->mask[b / 8] |= (abf_u8)(1u << (b % 8));
        op += 2;
        break;
      }
      case ABF_OP_LOOP: {
        abf_u64 len = op[1], stride = op[2];
        const abf_u64 *body = op + 4, *after = body + op[3];
        for (abf_u64 j = 0; j < len; j++) run_ops(s, body, after, base + j * stride, index * len + j);
        op = after;
        break;
      }
      default:
        _exit(4); /* the generator and this interpreter disagree */
    }
  }
}

/* A value's LAYOUT, MASK and BOOLMAP records. */
static void record_value(abf_u32 proto, abf_u32 cfg, abf_u32 idx, const struct abf_value *v) {
  struct shape s = { v->layout, scratch(0, v->layout[0]), scratch(1, v->layout[0]), v->layout[0] };
  memset(s.mask, 0, s.size);
  memset(s.boolmap, 0, s.size);
  run_ops(&s, v->ops, v->ops + v->nops, 0, 0);
  abf_emit(ABF_LAYOUT, proto, cfg, 0, 0, idx, v->layout, v->nlayout * sizeof *v->layout);
  abf_emit(ABF_MASK, proto, cfg, 0, 0, idx, s.mask, s.size);
  abf_emit(ABF_BOOLMAP, proto, cfg, 0, 0, idx, s.boolmap, s.size);
}

/* A bit-field's first bit and width, from the object that has only its bits set. */
static void bitspan(const struct abf_span *s) {
  const abf_u8 *p = s->marked;
  abf_u64 f = ~0ul, c = 0;
  for (abf_u64 i = 0; i < s->size * 8; i++) {
    if (p[i / 8] >> (i % 8) & 1) {
      if (f == ~0ul) f = i;
      c++;
    }
  }
  s->words[0] = f;
  s->words[1] = c;
}

static void record_layouts(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg) {
  /* One table per config holds every prototype's bit-fields: read it once. */
  static abf_u8 spans_found[256];
  if (e->spans && cfg < sizeof spans_found && !spans_found[cfg]) {
    for (abf_u32 i = 0; i < e->nspans; i++) bitspan(&e->spans[i]);
    spans_found[cfg] = 1;
  }
  for (abf_u32 i = 0; i < e->nvalues; i++) record_value(proto, cfg, i, &e->values[i]);
}

static void abf_callee_arg(abf_u32 idx, const void *p, abf_u64 n) {
  if (cur.jit) {
    abf_emit(ABF_JIT_ARG, cur.proto, cur.cfg, cur.callee_cfg, 0, idx, p, n);
    return;
  }
  if (idx < MAX_VALUES && value_off[idx] + n <= OUT_SIZE) {
    const abf_u8 *got = p, *mask = masks + value_off[idx];
    abf_u8 *ref = reference + value_off[idx];
    if (callee_mode == CALLEE_CAPTURE) memcpy(ref, got, n);
    if (callee_mode == CALLEE_COMPARE) {
      for (abf_u64 j = 0; j < n; j++) if ((got[j] ^ ref[j]) & mask[j]) broken[idx] |= BROKEN_BIT(j);
      return;
    }
  }
  abf_emit(ABF_CALLEE_ARG, cur.proto, cur.cfg, cur.callee_cfg, cur.round, idx, p, n);
}

/* Records a callee's n parameters; returns where the graffiti for its return value starts. */
ABF_FROM_COMPILED const abf_u8 *abf_callee_args(const abf_u64 *sizes, const void *const *args, abf_u32 n) {
  abf_u64 o = 0;
  for (abf_u32 i = 0; i < n; i++) {
    abf_callee_arg(i, args[i], sizes[i]);
    o += sizes[i];
  }
  return pool + o;
}

/* ---- graffiti: must match src/oracle/graffiti.ts ----
 * A round's bytes depend only on the round and the offset, so each round's pool is
 * written once, as far as the calls so far have needed it, and is read-only otherwise:
 * refilling it for each of a prototype's ~80 calls was a quarter of qemu's time, and a
 * callee that writes where it must not now faults (a CRASH record) instead of leaving
 * wrong graffiti for the calls after it. */
static abf_u64 filled[ROUNDS];

static abf_u8 graffiti(abf_u32 round, abf_u64 k) {
  abf_u32 d0 = k % 254, d1 = (k / 254) % 254, d2 = (k / (254 * 254)) % 254, t;
  switch (round) {
    case 0: t = d0; break;
    case 1: t = (d1 + 97 * d0) % 254; break;
    case 2: t = (d2 + 31 * d0 + 53 * d1) % 254; break;
    default: t = (7 * d0 + 11 * d1 + 13 * d2 + 101) % 254; break;
  }
  return (abf_u8)(t + 2);
}

static void fill_pool(abf_u32 round, abf_u64 n) {
  if (n > POOL_SIZE) n = POOL_SIZE;
  if (n > filled[round]) {
    abf_u8 *p = pools[round];
    abf_u64 from = filled[round], to = (n + PAGE - 1) / PAGE * PAGE; /* whole pages */
    if (mprotect(p + from, to - from, PROT_READ | PROT_WRITE)) _exit(3);
    for (abf_u64 k = from; k < to; k++) p[k] = graffiti(round, k);
    if (mprotect(p + from, to - from, PROT_READ)) _exit(3);
    filled[round] = to;
    for (abf_u32 s = 0; s < sizeof bools_of[round]; s++) bools_of[round][s] = (abf_u8)(((s % 14) + 1) >> round & 1);
  }
  pool = pools[round];
  bools = abf_bools_ptr = bools_of[round];
}

/* ---- the probe's C half ---- */
static void emit_probe(const struct abf_regs *r) {
  abf_u64 window = cur.window;
  abf_u64 sp = ABF_SP(r);
  if (sp + window > stack_hi) window = stack_hi > sp ? stack_hi - sp : 0;
  abf_u64 n = 0;
  static abf_u8 rec[1u << 18];
  memcpy(rec, r, sizeof *r); n += sizeof *r;
  memcpy(rec + n, &window, 8); n += 8;
  memcpy(rec + n, (const void *)sp, window); n += window;
  /* Pointees: any argument register or stack slot that points into the caller's stack. */
  for (abf_u32 src = 0; src < ABF_POINTER_ARGS + window / 8; src++) {
    abf_u64 v = src < ABF_POINTER_ARGS ? ABF_POINTER_ARG(r, src) : ((const abf_u64 *)sp)[src - ABF_POINTER_ARGS];
    if (v < sp || v >= stack_hi) continue;
    abf_u64 len = cur.refmax;
    if (v + len > stack_hi) len = stack_hi - v;
    if (n + 24 + len > sizeof rec) break;
    abf_u64 head[3] = { src, v - sp, len };
    memcpy(rec + n, head, sizeof head); n += sizeof head;
    memcpy(rec + n, (const void *)v, len); n += len;
  }
  abf_emit(ABF_PROBE, cur.proto, cur.cfg, cur.phase2, cur.round, 0, rec, n);
}

void abf_probe_c(struct abf_regs *r) {
  emit_probe(r);
  abf_fill_return(r, pool + cur.fill_off);
  if (cur.ret_is_bool) ABF_BOOL_RETURN(r) = bools[RET_BOOL_SLOT];
  /* Belt and braces: a result buffer is in the caller's frame. */
  abf_u64 result = ABF_RESULT_POINTER(r);
  /* Only in phase 2, when nothing came back from the registers: a caller may leave any stack
   * address in the result pointer's register (x86-64's rdi after a rep movs), and taking it
   * for a result buffer in phase 1 would hide a result in rax. No caller seen reads the
   * returned buffer address instead of its own. */
  if (!cur.phase2 || !cur.ret_size || result < ABF_SP(r) || result + cur.ret_size > stack_hi) return;
  memcpy((void *)result, pool + cur.fill_off + ABF_FILL_BYTES, cur.ret_size);
  ABF_RESULT_RETURNED(r, result);
}
extern void abf_probe(void);

/* ---- driving ---- */
void abf_begin(abf_u32 proto, abf_u32 cfg, abf_u32 callee) {
  abf_emit(ABF_BEGIN, proto, cfg, callee, 0, 0, 0, 0);
  abf_flush();
}

static void prepare(const struct abf_entry *e, abf_u32 round) {
  abf_u64 args = 0, window = 64, refmax = 16;
  for (abf_u32 i = 0; i < e->nparams; i++) {
    abf_u64 s = e->sizes[i];
    args += s;
    /* A value of up to 64 bytes may travel by value (HFAs of up to four long doubles),
     * and element by element: clang 16 gives each 2-byte element of a bf16 vector an
     * 8-byte slot, four times its size. Larger ones pass a pointer. */
    abf_u64 slot = (s + 15) / 16 * 16 + 16;
    /* On the stack whole, an over-aligned one (up to 64) after a gap. */
    abf_u64 whole = (s + 15) / 16 * 16 + 64;
    window += s > 64 ? (ABF_LARGE_ON_STACK ? whole : 16) : 4 * s + 16 > slot ? 4 * s + 16 : slot;
    if (s > refmax) refmax = s;
  }
  cur.ret_size = e->sizes[e->nparams];
  cur.ret_is_bool = e->ret_is_bool;
  cur.fill_off = args + cur.ret_size;
  cur.window = window > WINDOW_MAX ? WINDOW_MAX : window;
  cur.refmax = refmax;
  cur.round = round;
  fill_pool(round, cur.fill_off + ABF_FILL_BYTES + cur.ret_size);
}

/* Fills the stack the caller's frame is about to occupy with one constant byte: a place
 * the caller does not write then reads the same in every round, which never decodes as
 * graffiti or as a _Bool pattern, instead of a leftover from the previous round. */
#define SCRUB_BYTES 16384
#define SCRUB_VALUE 0xee
static __attribute__((noinline)) void scrub_stack(void) {
  abf_u8 area[SCRUB_BYTES];
  memset(area, SCRUB_VALUE, sizeof area);
  __asm__ volatile("" : : "r"(area) : "memory"); /* keep the dead store */
}

/* Each round calls from 16 bytes deeper: offsets from SP stay put, absolute addresses
 * move through every residue modulo 64, so a copy the compiler does not align to its
 * type shows up under-aligned in some round. */
static __attribute__((noinline)) void call_shifted(const struct abf_entry *e, void *fn, abf_u32 round) {
  volatile abf_u8 *pad = __builtin_alloca(16 * (round % 4) + 16);
  pad[0] = 0;
  ABF_BEFORE_CALL();
  e->caller(fn, pool, bools, out);
  __asm__ volatile("" : : "r"(pad) : "memory");
}

static void run_call(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg, abf_u32 round, void *fn, abf_u32 callee_id) {
  prepare(e, round);
  if (callee_id == PROBE_ID) scrub_stack(); /* only the probe reads stale places */
  cur.proto = proto;
  cur.cfg = cfg;
  cur.callee_cfg = callee_id;
  call_shifted(e, fn, round);
  abf_u64 ret = cur.ret_size;
  abf_emit(ABF_RET_RECV, proto, cfg, callee_id, round, 0, out, ret);
}

/* Ready for a JIT run `id` of config a: the graffiti in place, the stack scrubbed (a slot
 * the JIT forgets to fill must not hold, left over from an earlier call, the very bytes
 * the callee expects there), and the callee's parameters recorded as JIT records. */
static void begin_jit_run(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg, abf_u32 id) {
  prepare(e, 0);
  scrub_stack();
  cur.proto = proto;
  cur.cfg = cfg;
  cur.callee_cfg = id;
  cur.jit = 1;
}

/* One call of config a's caller through `fn` (the JIT shim), the callee's parameters and
 * the caller's result recorded as JIT records of trampoline `id` (see jit.c). */
void abf_jit_call(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg, abf_u32 id, void *fn) {
  begin_jit_run(e, proto, cfg, id);
  call_shifted(e, fn, 0);
  cur.jit = 0;
  abf_emit(ABF_JIT_RET, proto, cfg, id, 0, 0, out, cur.ret_size);
}

/* One call of config a's callee as a kfunc, through `code` (the JIT's kfunc call path,
 * `void code(const u64 slots[12], void *kfunc)`), given the BPF caller's slots: the
 * callee's parameters are recorded as JIT records of run `id` (see jit.c). */
void abf_kfunc_call(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg, abf_u32 id, void *code, const abf_u64 *slots) {
  begin_jit_run(e, proto, cfg, id);
  ((void (*)(const abf_u64 *, void *))code)(slots, e->callee);
  cur.jit = 0;
}

/* Which places does config a's own callee read each argument from? Destroy one place at
 * a time, with two different patterns, and compare with what it received intact. */
static void run_clobbers(const struct abf_entry *e, abf_u32 p, abf_u32 a) {
  if (e->nparams == 0 || e->nparams > MAX_VALUES) return;
  static abf_u64 broke[CLOBBER_PLACES * MAX_VALUES]; /* [place][param]: bytes broken in either variant */
  memset(broke, 0, sizeof broke);
  for (abf_u32 variant = 0; variant < CLOBBER_VARIANTS; variant++) {
    for (abf_u32 place = 0; place < CLOBBER_PLACES; place++) {
      prepare(e, 0);
      cur.proto = p;
      cur.cfg = a;
      cur.callee_cfg = a;
      abf_clob.mode = place;
      abf_clob.pattern = clobber_pattern(place, variant);
      abf_clob.target = e->callee;
      abf_clob.window = (cur.window < sizeof abf_clob.save ? cur.window : sizeof abf_clob.save) & ~7ul;
      memset(broken, 0, sizeof broken);
      callee_mode = CALLEE_COMPARE;
      ABF_BEFORE_CALL();
      e->caller((void *)abf_clobber, pool, bools, out);
      callee_mode = CALLEE_PLAIN;
      for (abf_u32 i = 0; i < e->nparams; i++) broke[place * e->nparams + i] |= broken[i];
    }
  }
  /* One record, not one per experiment: they were half of all records a batch parsed. */
  abf_emit(ABF_CLOBBER, p, a, a, 0, 0, broke, CLOBBER_PLACES * e->nparams * sizeof *broke);
}

/* ---- the batch ----
 * Each config's translation unit defines its table (abf_table_N) and abf_batch_size; a
 * config whose unit was not built leaves its table undefined, and a weak reference to it
 * is then 0. So the harness links the runtime with whatever objects the batch has, with
 * no per-batch source of its own to compile. */
#define MAX_CONFIGS 32 /* must match MAX_CONFIGS in src/oracle/oracle.ts */
#define FOR_EACH_CONFIG(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15) \
  X(16) X(17) X(18) X(19) X(20) X(21) X(22) X(23) X(24) X(25) X(26) X(27) X(28) X(29) X(30) X(31)
#define DECLARE_TABLE(i) extern const struct abf_entry abf_table_##i[] __attribute__((weak));
#define TABLE(i) abf_table_##i,
FOR_EACH_CONFIG(DECLARE_TABLE)
extern const abf_u32 abf_batch_size __attribute__((weak));
static const struct abf_entry *tables[MAX_CONFIGS];
abf_u32 abf_nconfigs, abf_nprotos;

static void find_tables(void) {
  const struct abf_entry *const linked[MAX_CONFIGS] = { FOR_EACH_CONFIG(TABLE) };
  for (abf_u32 i = 0; i < MAX_CONFIGS; i++) {
    tables[i] = linked[i];
    if (linked[i]) abf_nconfigs = i + 1;
  }
  abf_nprotos = &abf_batch_size ? abf_batch_size : 0;
}

/* Prototype `proto` as config `cfg` compiled it; an entry of zeros when it did not. */
const struct abf_entry *abf_entry_of(abf_u32 cfg, abf_u32 proto) {
  static const struct abf_entry none;
  return cfg < MAX_CONFIGS && tables[cfg] && proto < abf_nprotos ? &tables[cfg][proto] : &none;
}

/* Test hooks: make the harness die or hang in one prototype, to prove isolation. */
static long crash_at = -1, hang_at = -1;

/* Calls that crashed or hung in an earlier run of this batch (ABF_SKIP=p:a:b,...), so a
 * restart goes on past them: b is a callee config, WHOLE_CONFIG or CLOBBERS. */
#define WHOLE_CONFIG PROBE_ID
#define CLOBBERS 0xfffeu
static struct { abf_u32 p, a, b; } skips[4096];
static abf_u32 nskips;

static void parse_skips(const char *s) {
  while (s && *s && nskips < sizeof skips / sizeof skips[0]) {
    char *end;
    skips[nskips].p = (abf_u32)strtoul(s, &end, 10);
    skips[nskips].a = (abf_u32)strtoul(end + 1, &end, 10);
    skips[nskips].b = (abf_u32)strtoul(end + 1, &end, 10);
    nskips++;
    s = *end == ',' ? end + 1 : end;
    if (*end != ',') break;
  }
}

int abf_skipped(abf_u32 p, abf_u32 a, abf_u32 b) {
  for (abf_u32 i = 0; i < nskips; i++) if (skips[i].p == p && skips[i].a == a && skips[i].b == b) return 1;
  return 0;
}

/* ---- crash recovery ----
 * A caller and a callee that disagree often crash (a by-reference pointer read from the
 * wrong register). Restarting qemu for each such call cost ~25 ms: a batch of shrinking
 * candidates of one such prototype spent 8 s in restarts. A fault inside a guarded call
 * jumps back to the runtime instead; the call's records are dropped, a CRASH record says
 * what died, and the batch goes on in the same process. A fault outside a guarded call,
 * or a hang, still kills the process and run.ts restarts it past the call. */
static sigjmp_buf crash_env;
static volatile sig_atomic_t guarding;
static abf_u8 crash_stack[1u << 16]; /* the handler's own stack: the call's may be wrecked */

static void on_crash(int sig) {
  if (!guarding) {
    signal(sig, SIG_DFL); /* the faulting instruction runs again and kills the process */
    return;
  }
  guarding = 0;
  siglongjmp(crash_env, sig);
}

static void catch_crashes(void) {
  stack_t ss = { .ss_sp = crash_stack, .ss_size = sizeof crash_stack };
  sigaltstack(&ss, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_crash;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  static const int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
  for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, 0);
}

typedef void call_part(const struct abf_entry *e, abf_u32 p, abf_u32 a, abf_u32 b);

/* Runs part (p, a, b) after its BEGIN; 0, or the signal that ended it. Its BEGIN flushed
 * the buffer, and one part's records stay far below its 4 MiB, so dropping them is
 * resetting the buffer to where the part began. */
static int guarded(call_part *part, const struct abf_entry *e, abf_u32 p, abf_u32 a, abf_u32 b) {
  const abf_u64 mark = olen;
  int sig = sigsetjmp(crash_env, 1);
  if (sig == 0) {
    guarding = 1;
    part(e, p, a, b);
    guarding = 0;
    return 0;
  }
  olen = mark;
  callee_mode = CALLEE_PLAIN;
  cur.phase2 = 0;
  abf_emit(ABF_CRASH, p, a, b, 0, (abf_u32)sig, 0, 0);
  abf_flush();
  return sig;
}

static void probe_rounds(const struct abf_entry *e, abf_u32 p, abf_u32 a, abf_u32 b) {
  (void)b;
  for (abf_u32 r = 0; r < ROUNDS; r++) run_call(e, p, a, r, (void *)abf_probe, PROBE_ID);
}

static void probe_config(const struct abf_entry *e, abf_u32 p, abf_u32 a, abf_u32 b) {
  record_layouts(e, p, a);
  probe_rounds(e, p, a, b);
}

static void call_callee(const struct abf_entry *e, abf_u32 p, abf_u32 a, abf_u32 b) {
  callee_mode = b == a ? CALLEE_CAPTURE : CALLEE_PLAIN;
  run_call(e, p, a, 0, abf_entry_of(b, p)->callee, b);
  callee_mode = CALLEE_PLAIN;
}

static void clobbers(const struct abf_entry *e, abf_u32 p, abf_u32 a, abf_u32 b) {
  (void)b;
  run_clobbers(e, p, a);
}

static void run_proto(abf_u32 p) {
  if ((long)p == crash_at && !abf_skipped(p, 0, WHOLE_CONFIG)) { abf_begin(p, 0, PROBE_ID); *(volatile int *)8 = 0; }
  if ((long)p == hang_at && !abf_skipped(p, 0, WHOLE_CONFIG)) { abf_begin(p, 0, PROBE_ID); for (;;) {} }
  for (abf_u32 a = 0; a < abf_nconfigs; a++) {
    const struct abf_entry *e = abf_entry_of(a, p);
    if (!e->caller || abf_skipped(p, a, WHOLE_CONFIG)) continue;
    abf_begin(p, a, PROBE_ID);
    if (guarded(probe_config, e, p, a, PROBE_ID)) continue;
    int own_crashed = 0; /* the clobber experiments compare with the own callee's values */
    for (abf_u32 b = 0; b < abf_nconfigs; b++) {
      if (!abf_entry_of(b, p)->callee || abf_skipped(p, a, b)) continue;
      abf_begin(p, a, b);
      if (guarded(call_callee, e, p, a, b) && b == a) own_crashed = 1;
    }
    if (own_crashed || abf_skipped(p, a, CLOBBERS) || abf_skipped(p, a, a)) continue;
    abf_begin(p, a, CLOBBERS);
    guarded(clobbers, e, p, a, CLOBBERS);
  }
  abf_emit(ABF_END, p, 0, 0, 0, 0, 0, 0);
  abf_flush();
}

/* Phase 2: the probe also writes the result buffer. Only for the (prototype, config)
 * pairs whose phase-1 return value did not come from registers, so the result pointer is known to be a
 * result address and writing through it is safe. */
static void phase2_rounds(const struct abf_entry *e, abf_u32 p, abf_u32 a, abf_u32 b) {
  cur.phase2 = 1;
  probe_rounds(e, p, a, b);
  cur.phase2 = 0;
}

static void run_phase2(abf_u32 p, abf_u32 a) {
  const struct abf_entry *e = abf_entry_of(a, p);
  if (!e->caller) return;
  abf_begin(p, a, PROBE_ID);
  if (guarded(phase2_rounds, e, p, a, PROBE_ID)) return;
  abf_emit(ABF_END, p, a, 0, 0, 0, 0, 0);
  abf_flush();
}

/* usage: harness START [END]      the prototypes from START on (up to END)
 *        harness START phase2 LIST  LIST = P:A,P:A,... in order; pairs before START skipped
 *        harness START NAME ARG    a mode a linked part registered (abf_register_mode) */
static struct { const char *name; abf_mode_fn run; } modes[4];
static abf_u32 nmodes;

void abf_register_mode(const char *name, abf_mode_fn run) {
  if (nmodes < sizeof modes / sizeof modes[0]) modes[nmodes++] = (typeof(modes[0])){ name, run };
}

static __attribute__((noinline)) void drive(int argc, char **argv) {
  abf_u32 start = argc > 1 ? (abf_u32)strtoul(argv[1], 0, 10) : 0;
  for (abf_u32 m = 0; argc > 3 && m < nmodes; m++) {
    if (strcmp(argv[2], modes[m].name) == 0) {
      modes[m].run(start, argv[3]);
      return;
    }
  }
  if (argc > 3 && strcmp(argv[2], "phase2") == 0) {
    abf_u32 i = 0;
    for (char *s = argv[3]; *s; i++) {
      abf_u32 p = (abf_u32)strtoul(s, &s, 10);
      abf_u32 a = *s == ':' ? (abf_u32)strtoul(s + 1, &s, 10) : 0;
      if (i >= start && p < abf_nprotos && a < abf_nconfigs) run_phase2(p, a);
      if (*s == ',') s++;
    }
    return;
  }
  abf_u32 end = argc > 2 ? (abf_u32)strtoul(argv[2], 0, 10) : abf_nprotos;
  for (abf_u32 p = start; p < end && p < abf_nprotos; p++) run_proto(p);
}

int main(int argc, char **argv) {
  find_tables();
  stack_hi = (abf_u64)__builtin_frame_address(0);
  map_junk();
  memset(junk[1], 0xff, JUNK_SIZE);
  if (getenv("ABIFUZZ_TEST_CRASH_AT")) crash_at = strtol(getenv("ABIFUZZ_TEST_CRASH_AT"), 0, 10);
  if (getenv("ABIFUZZ_TEST_HANG_AT")) hang_at = strtol(getenv("ABIFUZZ_TEST_HANG_AT"), 0, 10);
  parse_skips(getenv("ABF_SKIP"));
  catch_crashes();
  /* The initial SP depends on the environment and the binary's path: start the calls from
   * a 4 KiB boundary, so that where a realigned copy lands beyond 64 bytes (what the
   * rounds' shifts vary) is the same on every machine, not what the environment made it. */
  volatile abf_u8 *pad = __builtin_alloca((abf_u64)__builtin_frame_address(0) % 4096 + 16);
  pad[0] = 0;
  drive(argc, argv);
  __asm__ volatile("" : : "r"(pad) : "memory");
  abf_flush();
  return 0;
}
