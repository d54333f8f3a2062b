/* The x86-64 half of the BPF trampoline harness (the rest, target-neutral, is
 * src/jit/harness/c/trampolines.c): the region with its veneers, and ftrace's patch of the
 * traced function's entry. The kernel patches a 5-byte NOP into `call trampoline`; the
 * oracle's callees carry two NOP bytes (patchable_function_entry(2, 0): gcc `90 90`,
 * clang `66 90`), so the harness patches them into `call *%rax`, a 2-byte call, with the
 * shim (jit.S) loading the trampoline's address into rax, which no non-variadic callee
 * reads at entry. Either call pushes the address just past the patch, so the trampoline
 * sees the kernel's frame: RBP + 8 into the function's body, RBP + 0x18 its stack
 * arguments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "abf.h"
#include "../../../../jit/harness/c/trampolines.h"

#define JIT_SIZE 0x10000ul

/* Shared with abf_jit_shim in jit.S: keep the offsets in step. */
struct abf_jit_state {
  abf_u64 ret, sp_before;
  abf_u64 saved[6];   /* the caller's rbx, rbp, r12..r15 */
  abf_u64 pattern[6]; /* what they hold while the traced call runs */
  abf_u64 target;
  abf_u64 after[6];   /* what they held when it returned */
  abf_u64 sp_after;
  abf_u64 tramp;      /* rax for the patched entry */
} abf_jit_state;
extern void abf_jit_shim(void);

static void make_writable(void *at, abf_u64 bytes) {
  abf_u64 page = (abf_u64)at & ~0xffful;
  if (mprotect((void *)page, ((abf_u64)at + bytes - page + 0xfff) & ~0xffful, PROT_READ | PROT_WRITE | PROT_EXEC) != 0) {
    fprintf(stderr, "jit: mprotect failed at %p\n", at);
    exit(4);
  }
}

/* `movabs r11, target; jmp *r11`: 13 bytes of a 16-byte slot. */
static void veneer(abf_u8 *at, void (*target)(void)) {
  static const abf_u8 movabs_r11[2] = { 0x49, 0xbb }, jmp_r11[3] = { 0x41, 0xff, 0xe3 };
  abf_u64 addr = (abf_u64)target;
  memcpy(at, movabs_r11, 2);
  memcpy(at + 2, &addr, 8);
  memcpy(at + 10, jmp_r11, 3);
}

void abf_jit_arch_map(abf_u64 base, void (*const hooks[])(void), int nhooks) {
  void *got = mmap((void *)base, JIT_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  if (got != (void *)base) {
    fprintf(stderr, "jit: cannot map the trampoline region at %#lx\n", base);
    exit(4);
  }
  memset(got, 0xcc, JIT_SIZE); /* int3: a stray jump traps */
  for (int k = 0; k < nhooks; k++) veneer((abf_u8 *)base + 16 * k, hooks[k]);
}

void abf_jit_arch_write(void *at, const void *code, abf_u64 bytes) {
  memcpy(at, code, bytes); /* x86 keeps instruction fetch coherent with stores */
}

/* The two NOP bytes the callee was compiled with, put back after each run. */
static abf_u8 entry_nops[2];

int abf_jit_arch_patch(void *callee, abf_u64 tramp, int on) {
  abf_u8 *site = callee;
  (void)tramp; /* reached through rax: see abf_jit_arch_call */
  if (!on) {
    memcpy(site, entry_nops, 2);
    return 1;
  }
  int nops = (site[0] == 0x90 && site[1] == 0x90) || (site[0] == 0x66 && site[1] == 0x90);
  if (!nops) return 0;
  make_writable(site, 2);
  memcpy(entry_nops, site, 2);
  site[0] = 0xff; /* call *%rax */
  site[1] = 0xd0;
  return 1;
}

void abf_jit_arch_call(const struct abf_entry *e, abf_u32 proto, abf_u32 cfg, abf_u32 id, abf_u64 tramp) {
  for (int k = 0; k < 6; k++) abf_jit_state.pattern[k] = 0x5a5a000000000000ul | (abf_u64)(k + 1) << 32 | (abf_u64)(k + 1);
  abf_jit_state.target = (abf_u64)e->callee;
  abf_jit_state.tramp = tramp;
  abf_jit_call(e, proto, cfg, id, (void *)abf_jit_shim);
}

abf_u32 abf_jit_arch_regs(abf_u64 *rec) {
  memcpy(rec, abf_jit_state.after, sizeof abf_jit_state.after);
  rec[6] = abf_jit_state.sp_after;
  memcpy(rec + 7, abf_jit_state.pattern, sizeof abf_jit_state.pattern);
  rec[13] = abf_jit_state.sp_before;
  return 6;
}
