// Emits an x86-64 BPF trampoline as machine code, in the shape of the kernel's
// (arch/x86/net/bpf_jit_comp.c, arch_prepare_bpf_trampoline with save_args, restore_regs
// and clean_stack_garbage): one RBP frame, the BPF context at RBP-offsets, each program
// between its enter and exit hooks, the original function called with its register
// arguments reloaded and its stack arguments re-copied below the frame, the return value
// kept at RBP-8, RBX saved by `mov` (stack arguments for the original must sit at RSP).
// Where a variant puts the arguments comes from its Placement; everything else is common.
// Written from the kernel's logic as described in the reference notes and the 2023 patch
// (shared/seeds/x86-12-args-trampoline-patch.txt); no kernel code is copied. Pure.
import * as X from './x64/encode.js';
import { Asm, type Label } from './x64/program.js';
import { ARG_REGS, RAX, RBP, RBX, RDI, RDX, RSI, RSP } from './x64/registers.js';
import type { ProgKind } from '../../../data/jit-outcome.js';
import type { Mode } from '../../../bpf/modes.js';
import { slotsOf, type ArgPlace, type Placement } from '../../../bpf/placement.js';
import { regionAt } from '../../../jit/harness/region.js';

/**
 * Far above a static harness and its heap (from 0x400000 up, tens of MiB for a big batch):
 * the entry patch calls through a register, so any address will do (harness/target.h ABF_JIT_BASE).
 */
const REGION = regionAt(0x7e00_0000n);
import { emitPrograms } from '../../../jit/trampoline/programs.js';

/**
 * The traced function's first stack argument, from RBP: the saved RBP, the return address
 * into the traced function (pushed by its patched entry), the return address into its
 * caller. The harness enters exactly so (jit.S: the shim calls the function, whose entry
 * `call *%rax` pushes the address just past it), so the kernel's 0x18 holds.
 */
export const INCOMING = 0x18;

/** ip_after_call: the kernel leaves X86_PATCH_SIZE bytes of NOP after the original call. */
const PATCH_SIZE = 5;

/**
 * The trampoline's frame, each offset counted down from RBP (`rbp - off`), as the kernel
 * lays it out (no IP_ARG, no tail-call context):
 *
 *   RBP + 0x18             the traced function's stack arguments (its caller's outgoing area)
 *   RBP + 8                return address into the traced function, just past its patched entry
 *   RBP + 0                the caller's RBP
 *   RBP - 8 * retRegs      return value: rax (then rdx)        only when the original is called
 *   RBP - regs             ctx[0] .. ctx[nslots - 1]           the BPF context (rdi for programs)
 *   RBP - nregs            ctx[-1]: nslots
 *   RBP - rbx              the caller's RBX (RBX holds the start time across a program)
 *   RBP - runCtx           struct bpf_tramp_run_ctx: cookie, saved run ctx
 *   RBP - rdi              the result pointer                  only with keepResultPointer
 *   RBP - size = RSP       the original's stack arguments      only when it is called
 */
export interface Frame {
  size: number;
  regs: number;
  /** ctx[nslots]: where the return value is kept and fexit programs read it. */
  retval: number;
  nregs: number;
  rbx: number;
  runCtx: number;
  rdi: number;
}

export function frameOf(p: Placement, mode: Mode): Frame {
  let at = 0;
  const take = (n: number): number => (at += n);
  const saveRet = mode.callOrig ? 8 * p.retRegs : 0;
  take(saveRet);
  const regs = take(8 * p.nslots);
  const nregs = take(8);
  const rbx = take(8);
  const runCtx = take(16);
  const rdi = p.keepResultPointer ? take(8) : 0;
  if (mode.callOrig) {
    take(p.outStackBytes);
    // RBP is 8 mod 16 (the entry's call, then push rbp): RSP is 16-aligned at the call when
    // the frame is 8 mod 16. The kernel pads so only when it passes stack arguments (its
    // callees keep an 8-byte boundary); user-profile callees need the ABI's 16, so the
    // harness always does. Alignment moves no argument.
    if (at % 16 === 0) take(8);
  }
  return { size: at, regs, retval: regs - 8 * p.nslots, nregs, rbx, runCtx, rdi };
}

type InRegs = Extract<ArgPlace, { in: 'regs' }>;
type OnStack = Extract<ArgPlace, { in: 'stack' }>;
const regArgs = (p: Placement): InRegs[] => p.args.filter((a): a is InRegs => a.in === 'regs');
const stackArgs = (p: Placement): OnStack[] => p.args.filter((a): a is OnStack => a.in === 'stack');

/** `rbp - off` of context slot k. */
const ctxSlot = (f: Frame, k: number): number => -f.regs + 8 * k;

export function generateTrampoline(p: Placement, mode: Mode): Uint8Array {
  const f = frameOf(p, mode);
  const c = new Asm(REGION.code);
  c.emit(X.push(RBP), X.movReg(RBP, RSP), X.subImm(RSP, f.size));
  c.emit(X.store(8, RBP, -f.rbx, RBX));
  c.emit(X.movImm32(RAX, p.nslots), X.store(8, RBP, -f.nregs, RAX));
  saveArgs(c, p, f);
  if (p.keepResultPointer) c.emit(X.store(8, RBP, -f.rdi, RDI));
  if (mode.callOrig) imageHook(c, 'trampEnter');
  emitPrograms(mode, c, {
    invokeProg: (kind) => invokeProg(c, f, kind, false),
    modifyReturn: (afterOriginal) => modifyReturn(c, f, afterOriginal),
    callOriginal: () => callOriginal(c, p, f),
  });
  if (mode.restoreRegs) loadArgRegs(c, p, f);
  if (mode.callOrig) {
    imageHook(c, 'trampExit');
    loadReturn(c, p, f);
  }
  c.emit(X.load(8, RBX, RBP, -f.rbx), X.leave());
  // SKIP_FRAME: drop the return address into the traced function, back to its caller.
  if (mode.callOrig) c.emit(X.addImm(RSP, 8));
  c.emit(X.ret());
  return c.bytes();
}

/** save_args: register arguments, then each stack argument's slots from RBP + 0x18, into the context. */
function saveArgs(c: Asm, p: Placement, f: Frame): void {
  for (const a of regArgs(p)) {
    for (let k = 0; k < slotsOf(a.size); k++) c.emit(X.store(8, RBP, ctxSlot(f, a.slot + k), ARG_REGS[a.first + k]!));
  }
  for (const a of stackArgs(p)) {
    for (let k = 0; k < slotsOf(a.size); k++) c.emit(X.load(8, RAX, RBP, INCOMING + a.from + 8 * k), X.store(8, RBP, ctxSlot(f, a.slot + k), RAX));
  }
  if (p.clearGarbage === 'x86-lone-slot') cleanStackGarbage(c, p, f);
  else if (p.clearGarbage) for (const a of stackArgs(p)) clearAbove(c, f, a);
}

/** The bytes above a stack argument's value in its last context slot, zeroed: padding a caller need not have written. */
function clearAbove(c: Asm, f: Frame, a: ArgPlace & { in: 'stack' }): void {
  const bytes = a.size % 8;
  if (bytes === 0) return;
  const at = ctxSlot(f, a.slot + slotsOf(a.size) - 1);
  c.emit(X.load(8, RAX, RBP, at), X.shlImm(RAX, 64 - 8 * bytes), X.shrImm(RAX, 64 - 8 * bytes), X.store(8, RBP, at, RAX));
}

/**
 * clean_stack_garbage: a caller may store a lone small stack argument with a 4-byte move,
 * so the kernel zeroes the upper half of its context slot, but only when the stack holds
 * exactly one slot and the function's last argument is at most 4 bytes: the last
 * argument's size, even when it is in a register and the stack one is larger.
 */
function cleanStackGarbage(c: Asm, p: Placement, f: Frame): void {
  const onStack = stackArgs(p);
  const slots = onStack.reduce((n, a) => n + slotsOf(a.size), 0);
  const last = p.args[p.args.length - 1];
  if (slots !== 1 || !last || last.size > 4) return;
  c.emit(X.xorReg32(RAX, RAX), X.store(4, RBP, ctxSlot(f, onStack[0]!.slot) + 4, RAX));
}

/** restore_regs: the register arguments (and a result pointer) back from the context. */
function loadArgRegs(c: Asm, p: Placement, f: Frame): void {
  for (const a of regArgs(p)) {
    for (let k = 0; k < slotsOf(a.size); k++) c.emit(X.load(8, ARG_REGS[a.first + k]!, RBP, ctxSlot(f, a.slot + k)));
  }
  if (p.keepResultPointer) c.emit(X.load(8, RDI, RBP, -f.rdi));
}

function imageHook(c: Asm, hook: 'trampEnter' | 'trampExit'): void {
  c.emit(X.movImm64(RDI, REGION.image));
  c.callAbsolute(REGION.hook(hook));
}

/** invoke_bpf_prog: one program between __bpf_prog_enter and __bpf_prog_exit; RBX keeps the start time. */
function invokeProg(c: Asm, f: Frame, kind: ProgKind, saveRet: boolean): void {
  c.emit(X.storeImm32(RBP, -f.runCtx, 0)); // no cookie
  c.emit(X.movImm64(RDI, REGION.prog(kind)), X.lea(RSI, RBP, -f.runCtx));
  c.callAbsolute(REGION.hook('progEnter'));
  c.emit(X.movReg(RBX, RAX), X.testReg(RAX, RAX));
  const skip = c.label();
  c.jcc('e', skip);
  c.emit(X.lea(RDI, RBP, -f.regs));
  c.callAbsolute(REGION.hook(kind));
  if (saveRet) c.emit(X.store(8, RBP, -f.retval, RAX));
  c.bind(skip);
  c.emit(X.movImm64(RDI, REGION.prog(kind)), X.movReg(RSI, RBX), X.lea(RDX, RBP, -f.runCtx));
  c.callAbsolute(REGION.hook('progExit'));
}

/** invoke_bpf_mod_ret: the program's result in the return slot; non-zero skips the original. */
function modifyReturn(c: Asm, f: Frame, afterOriginal: Label): void {
  c.emit(X.storeImm32(RBP, -f.retval, 0));
  invokeProg(c, f, 'fmodRet', true);
  c.emit(X.load(8, RAX, RBP, -f.retval), X.testReg(RAX, RAX));
  c.jcc('ne', afterOriginal);
}

/**
 * restore_regs, then save_args for the original: each stack argument's slots copied from
 * RBP + 0x18 to RSP + `to`; then the call through the return address the patched entry
 * pushed (the kernel's BPF_TRAMP_F_ORIG_STACK form: `mov rbx, [rbp + 8]; call rbx`; its
 * usual direct call needs the function's address, and one trampoline serves every config).
 */
function callOriginal(c: Asm, p: Placement, f: Frame): void {
  loadArgRegs(c, p, f);
  for (const a of stackArgs(p)) {
    for (let k = 0; k < slotsOf(a.size); k++) c.emit(X.load(8, RAX, RBP, INCOMING + a.from + 8 * k), X.store(8, RBP, -f.size + a.to + 8 * k, RAX));
  }
  c.emit(X.load(8, RBX, RBP, 8), X.callReg(RBX));
  c.emit(X.store(8, RBP, -f.retval, RAX));
  if (p.retRegs === 2) c.emit(X.store(8, RBP, -f.retval + 8, RDX));
  for (let i = 0; i < PATCH_SIZE; i++) c.emit(X.nop());
}

function loadReturn(c: Asm, p: Placement, f: Frame): void {
  c.emit(X.load(8, RAX, RBP, -f.retval));
  if (p.retRegs === 2) c.emit(X.load(8, RDX, RBP, -f.retval + 8));
}
