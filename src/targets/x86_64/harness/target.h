/* x86-64: what the harness runtime (src/oracle/c/runtime.c) needs to know of the probe's
 * register dump (probe.S) and of the places the clobber experiments destroy. The
 * TypeScript half of the same facts is src/targets/x86_64/probe.ts. */
#ifndef ABF_TARGET_H
#define ABF_TARGET_H

/* What probe.S saves: rdi, rsi, rdx, rcx, r8, r9; rax and rdx as returned; the first stack
 * argument's address; ymm0-7; st0 and st1 as returned (80 bits in 16 bytes). */
struct abf_regs {
  abf_u64 g[6];
  abf_u64 ret[2];
  abf_u64 sp, pad;
  abf_u8 y[8][32];
  abf_u8 st[2][16];
};

/* Argument registers that can carry a pointer: rdi..r9. */
#define ABF_POINTER_ARGS 6
#define ABF_POINTER_ARG(r, i) ((r)->g[i])
#define ABF_SP(r) ((r)->sp)
/* A result returned in memory: the caller passes its buffer in rdi, and the callee hands
 * the address back in rax, which the caller may copy the result through. */
#define ABF_RESULT_POINTER(r) ((r)->g[0])
#define ABF_RESULT_RETURNED(r, p) ((r)->ret[0] = (p))

/* Return registers the probe fills with graffiti, in this order: rax, rdx (16 bytes),
 * ymm0-7 (256), st0, st1 (32; a load takes the first 10 bytes of each). */
#define ABF_FILL_BYTES 304
static inline void abf_fill_return(struct abf_regs *r, const abf_u8 *fill) {
  __builtin_memcpy(r->ret, fill, 16);
  __builtin_memcpy(r->y, fill + 16, 256);
  __builtin_memcpy(r->st, fill + 272, 32);
}
/* A _Bool return value comes back in al. */
#define ABF_BOOL_RETURN(r) ((r)->ret[0])

/* The probe leaves two values on the x87 stack whatever the caller pops: empty it before
 * every call, as the convention has it at a call. */
#define ABF_BEFORE_CALL() __asm__ volatile("fninit")

/* Kernel-profile code (-mpreferred-stack-boundary=3) calls the runtime with RSP only
 * 8-aligned; the runtime is compiled for 16 and may keep SSE values on its stack. */
#define ABF_FROM_COMPILED __attribute__((force_align_arg_pointer))

/* A MEMORY-class argument is copied onto the stack whole, however large. */
#define ABF_LARGE_ON_STACK 1

/* rdi may carry a result buffer's address, which callees store through with movaps. */
#define ABF_RESULT_PLACE 0u
/* ...and no other incoming pointer is followed: no argument is passed by reference. */
#define ABF_ONLY_RESULT_POINTER_FOLLOWED 1

/* Where the JIT harness maps its region (src/targets/x86_64/jit/trampoline.ts REGION): far
 * above the static harness and its heap; the entry patch calls through a register. */
#define ABF_JIT_BASE 0x7e000000ul

/* rdi..r9, bytes 0-7 of xmm0-7, the stack window, bytes 8-31 of ymm0-7 (see abf_clobber in probe.S). */
#define ABF_CLOBBER_PLACES 23

#endif
