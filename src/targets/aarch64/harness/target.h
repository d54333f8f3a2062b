/* aarch64: what the harness runtime (src/oracle/c/runtime.c) needs to know of the probe's
 * register dump (probe.S) and of the places the clobber experiments destroy. The
 * TypeScript half of the same facts is src/targets/aarch64/probe.ts. */
#ifndef ABF_TARGET_H
#define ABF_TARGET_H

/* What probe.S saves: x0-x8, SP at the call, q0-q7. */
struct abf_regs { abf_u64 x[9]; abf_u64 sp; abf_u8 q[8][16]; };

/* Argument registers that can carry a pointer to a by-reference copy: x0-x7. */
#define ABF_POINTER_ARGS 8
#define ABF_POINTER_ARG(r, i) ((r)->x[i])
#define ABF_SP(r) ((r)->sp)
/* The caller's result buffer, for a value returned by reference. */
#define ABF_RESULT_POINTER(r) ((r)->x[8])

/* Return registers the probe fills with graffiti: x0-x7 (64 bytes), then q0-q7. */
#define ABF_FILL_BYTES 192
static inline void abf_fill_return(struct abf_regs *r, const abf_u8 *fill) {
  __builtin_memcpy(r->x, fill, 64);
  __builtin_memcpy(r->q, fill + 64, 128);
}
/* A _Bool return value comes back in the first return register. */
#define ABF_BOOL_RETURN(r) ((r)->x[0])

/* Where the JIT harness maps its region (src/targets/aarch64/jit/trampoline.ts REGION):
 * within a BL's 128 MiB of the harness's code, which the patched entry branches from. */
#define ABF_JIT_BASE 0x04000000ul

/* x0-x7, v0-v7, the stack window (see abf_clobber in probe.S). */
#define ABF_CLOBBER_PLACES 17

#endif
