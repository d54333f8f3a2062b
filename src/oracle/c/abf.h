/* Shared between the generated per-config translation units and the runtime. Kept free
 * of libc headers so a config's flags (-mgeneral-regs-only, -ffreestanding-ish kernel
 * flags) never meet system headers. */
#ifndef ABF_H
#define ABF_H

typedef unsigned long abf_u64;
typedef unsigned int abf_u32;
typedef unsigned char abf_u8;

enum abf_kind {
  ABF_BEGIN = 1,     /* a call is about to run: crash attribution */
  ABF_LAYOUT = 2,    /* u64 sizeof, alignof, then (offset, size, align) per member entry */
  ABF_PROBE = 3,     /* registers, stack window and pointees seen by the probe */
  ABF_CALLEE_ARG = 4,/* bytes a compiled callee received for one parameter */
  ABF_RET_RECV = 5,  /* bytes the caller got back */
  ABF_END = 6,       /* the prototype finished */
  ABF_MASK = 7,      /* the bits of a value type that are not padding */
  ABF_BOOLMAP = 8,   /* per byte: 0, or 1 + the _Bool slot the byte carries */
  ABF_CLOBBER = 9,   /* per place clobbered (the target's, target.h), per parameter: a u64 of the bytes it broke (runtime.c BROKEN_BIT) */
  ABF_JIT_ARG = 10,  /* b = trampoline id: bytes the traced function received for one parameter */
  ABF_JIT_RET = 11,  /* b = trampoline id: bytes the caller got back through the trampoline */
  ABF_JIT_CTX = 12,  /* idx = program kind: ctx[-1], the argument slots, two return slots */
  ABF_JIT_REGS = 13, /* the callee-saved registers and SP after the traced call, then their expected values */
  ABF_CRASH = 14     /* idx = signal: the call (proto, a, b) faulted and its records were dropped */
};

/* One value type's layout as its compiler sees it (see enum abf_op). */
struct abf_value {
  abf_u64 *layout; /* the LAYOUT record; bit-field words filled in from the config's spans */
  const abf_u64 *ops;
  abf_u32 nlayout, nops;
};

/* A bit-field: an object of its record type with only that bit-field's bits set, and the
 * layout words that receive its first bit and its width. */
struct abf_span {
  const void *marked;
  abf_u64 size;
  abf_u64 *words;
};

/* One prototype as compiled by one config. */
struct abf_entry {
  void (*caller)(void *fn, const abf_u8 *pool, const abf_u8 *bools, abf_u8 *out);
  void *callee;
  const struct abf_value *values; /* the parameters, then the return value */
  const struct abf_span *spans; /* the config's bit-fields, 0 when no value has one */
  abf_u32 nspans;
  const abf_u64 *sizes; /* one per parameter, then the return size (0 for void) */
  abf_u32 nparams, nvalues;
  abf_u32 ret_is_bool;
};

void abf_emit(abf_u32 kind, abf_u32 proto, abf_u32 a, abf_u32 b, abf_u32 round, abf_u32 idx,
              const void *data, abf_u64 len);

/* The mask and boolmap program of a value (src/oracle/layout-ops.ts); offsets are of
 * element [0] of every enclosing array. */
enum abf_op {
  ABF_OP_BYTES = 1,  /* off size: value bytes */
  ABF_OP_BOOL = 2,   /* off size slot: a _Bool, slot + the row-major element index */
  ABF_OP_BITINT = 3, /* off nbits: a _BitInt(nbits), its bits above nbits padding */
  ABF_OP_BITS = 4,   /* w: a bit-field whose first bit and width are layout words w, w+1 */
  ABF_OP_LOOP = 5,   /* len stride nwords: the next nwords words once per element */
  ABF_OP_LDOUBLE = 6 /* off size: long doubles, each 16 bytes of which LDOUBLE_VALUE_BYTES are value */
};
const abf_u8 *abf_callee_args(const abf_u64 *sizes, const void *const *args, abf_u32 n);

/* Every translation unit of a batch defines this, to the same value: the batch's size. */
extern const abf_u32 abf_batch_size;

/* Shared by runtime.c and jit.c only. */
const struct abf_entry *abf_entry_of(abf_u32 cfg, abf_u32 proto);
extern abf_u32 abf_nconfigs, abf_nprotos;
void abf_begin(abf_u32 proto, abf_u32 cfg, abf_u32 callee);
void abf_flush(void);
int abf_skipped(abf_u32 p, abf_u32 a, abf_u32 b);
void abf_jit_call(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg, abf_u32 id, void *fn);
void abf_kfunc_call(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg, abf_u32 id, void *code, const abf_u64 *slots);
/* A harness part that drives calls of its own (the JIT stage's trampolines) registers a
 * mode from a constructor: `harness START NAME ARG` then runs it. The runtime names no
 * part, so the oracle links without any. */
typedef void (*abf_mode_fn)(abf_u32 start, const char *arg);
void abf_register_mode(const char *name, abf_mode_fn run);
extern const abf_u8 *abf_bools_ptr;

#endif
