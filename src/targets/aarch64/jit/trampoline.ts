// Emits an arm64 BPF trampoline as A64 machine code, following the shape of the kernel's
// (arch/arm64/net/bpf_jit_comp.c): two frame records, the BPF context on the stack, each
// program between its enter and exit hooks, the original function called with its
// arguments put back, the return value saved, x19/x20 preserved. Where a variant puts
// the arguments comes from its Placement; everything else is common. Pure.
import * as A from './a64/encode.js';
import { Program, type Label } from './a64/program.js';
import { FP, LR, SP, ZR } from './a64/registers.js';
import type { ProgKind } from '../../../data/jit-outcome.js';
import { regionAt, type HookName } from '../../../jit/harness/region.js';

/** Within a BL's 128 MiB of the harness's code, which the patched entry branches from (harness/target.h ABF_JIT_BASE). */
const REGION = regionAt(0x0400_0000n);
import { emitPrograms } from '../../../jit/trampoline/programs.js';
import type { Mode } from '../../../bpf/modes.js';
import { slotsOf, type ArgPlace, type Placement } from '../../../bpf/placement.js';
import { roundUp } from '../../../layout/round.js';

/** Scratch, as in the kernel: x10 for addresses and copies. */
const TMP = 10;
/** The traced function's return address into its caller, put there by the patched entry. */
const PARENT_LR = 9;
/** On-stack arguments start above the two 16-byte frame records. */
const INCOMING = 32;

/**
 * The trampoline's frame, as generateTrampoline builds it (offsets as named in Frame):
 *
 *   high addresses
 *                     +------------------------------------+
 *   FP + INCOMING     | the traced function's stack args   |  its caller's outgoing area
 *                     +------------------------------------+
 *   FP + 16           | caller's FP    | PARENT_LR (x9)    |  frame record for the traced function's caller
 *                     +------------------------------------+
 *   FP                | FP + 16        | LR                |  our own frame record; LR is just past the
 *                     +------------------------------------+  patched entry, in the traced function's body
 *                     | (padding to 16)                    |
 *   SP + x8           | x8                                 |  only with keepResultPointer
 *   SP + regs         | x19            | x20               |  callee-saved, used across the hooks
 *   SP + retval       | return value: x0 (and x1)          |  only when the original is called
 *   SP + bargs        | ctx[0] .. ctx[nslots - 1]          |  the BPF context (x0 for the programs)
 *   SP + nargs        | ctx[-1]: nslots                    |
 *   SP + runCtx       | struct bpf_tramp_run_ctx (16)      |
 *   SP + oargs        | the original's stack args          |  outStackBytes, only when it is called
 *   SP                +------------------------------------+
 *   low addresses
 */
export interface Frame {
  size: number;
  oargs: number;
  runCtx: number;
  nargs: number;
  bargs: number;
  retval: number;
  regs: number;
  x8: number;
}

export function frameOf(p: Placement, mode: Mode): Frame {
  let at = 0;
  const take = (n: number): number => ((at += n), at - n);
  const oargs = take(mode.callOrig ? p.outStackBytes : 0);
  const runCtx = take(16); // struct bpf_tramp_run_ctx: saved run ctx, cookie
  const nargs = take(8);
  const bargs = take(8 * p.nslots);
  const retval = take(mode.callOrig ? 8 * p.retRegs : 0);
  const regs = take(16);
  const x8 = take(p.keepResultPointer ? 8 : 0);
  return { size: roundUp(at, 16), oargs, runCtx, nargs, bargs, retval, regs, x8 };
}

/** `mov x10, #addr; blr x10`: the kernel's emit_call. */
function call(c: Program, target: HookName): void {
  c.emit(...A.movImm64(TMP, REGION.hook(target)), A.blr(TMP));
}

export function generateTrampoline(p: Placement, mode: Mode): Uint32Array {
  const f = frameOf(p, mode);
  const c = new Program();
  // Frame record for the traced function's caller, then our own: FP + 32 is the caller's SP.
  c.emit(A.stpPre(FP, PARENT_LR, SP, -16), A.movSp(FP, SP), A.stpPre(FP, LR, SP, -16), A.movSp(FP, SP));
  c.emit(A.subImm(SP, SP, f.size));
  c.emit(A.movz(TMP, p.nslots, 0), A.strImm(8, TMP, SP, f.nargs));
  saveArgsForBpf(c, p, f);
  c.emit(A.strImm(8, 19, SP, f.regs), A.strImm(8, 20, SP, f.regs + 8));
  if (p.keepResultPointer) c.emit(A.strImm(8, 8, SP, f.x8));
  if (mode.callOrig) imageHook(c, 'trampEnter');
  emitPrograms(mode, c, {
    invokeProg: (kind) => invokeProg(c, f, kind, false),
    modifyReturn: (afterOriginal) => modifyReturn(c, f, afterOriginal),
    callOriginal: () => callOriginal(c, p, f),
  });
  if (mode.callOrig) imageHook(c, 'trampExit');
  if (mode.restoreRegs) loadArgRegs(c, p, f);
  c.emit(A.ldrImm(8, 19, SP, f.regs), A.ldrImm(8, 20, SP, f.regs + 8));
  if (p.keepResultPointer) c.emit(A.ldrImm(8, 8, SP, f.x8));
  if (mode.callOrig) loadReturn(c, p, f);
  epilogue(c, mode);
  return c.words();
}

function regArgs(p: Placement): Extract<ArgPlace, { in: 'regs' }>[] {
  return p.args.filter((a): a is Extract<ArgPlace, { in: 'regs' }> => a.in === 'regs');
}

function stackArgs(p: Placement): Extract<ArgPlace, { in: 'stack' }>[] {
  return p.args.filter((a): a is Extract<ArgPlace, { in: 'stack' }> => a.in === 'stack');
}

function saveArgsForBpf(c: Program, p: Placement, f: Frame): void {
  for (const a of regArgs(p)) {
    for (let k = 0; k < slotsOf(a.size); k++) c.emit(A.strImm(8, a.first + k, SP, f.bargs + 8 * (a.slot + k)));
  }
  for (const a of stackArgs(p)) {
    const n = slotsOf(a.size);
    for (let k = 0; k < n; k++) {
      c.emit(A.ldrImm(8, TMP, FP, INCOMING + a.from + 8 * k));
      if (k === n - 1 && p.clearGarbage) clearGarbage(c, a.size % 8);
      c.emit(A.strImm(8, TMP, SP, f.bargs + 8 * (a.slot + k)));
    }
  }
}

/** Little-endian: the bytes above the value are the register's top bits. */
function clearGarbage(c: Program, bytes: number): void {
  if (bytes === 0) return;
  const bits = 64 - 8 * bytes;
  c.emit(A.lslImm(TMP, TMP, bits), A.lsrImm(TMP, TMP, bits));
}

function loadArgRegs(c: Program, p: Placement, f: Frame): void {
  for (const a of regArgs(p)) {
    for (let k = 0; k < slotsOf(a.size); k++) c.emit(A.ldrImm(8, a.first + k, SP, f.bargs + 8 * (a.slot + k)));
  }
}

function imageHook(c: Program, hook: 'trampEnter' | 'trampExit'): void {
  c.emit(...A.movImm64(0, REGION.image));
  call(c, hook);
}

/** One program between __bpf_prog_enter and __bpf_prog_exit; x19 = prog, x20 = start time. */
function invokeProg(c: Program, f: Frame, kind: ProgKind, saveRet: boolean): void {
  c.emit(A.strImm(8, ZR, SP, f.runCtx + 8)); // no cookie
  c.emit(...A.movImm64(19, REGION.prog(kind)));
  c.emit(A.movReg(0, 19), A.addImm(1, SP, f.runCtx));
  call(c, 'progEnter');
  c.emit(A.movReg(20, 0));
  const skip = c.label();
  c.branch(skip, (off) => A.cbz(0, off));
  c.emit(A.addImm(0, SP, f.bargs));
  call(c, kind);
  if (saveRet) c.emit(A.strImm(8, 0, SP, f.retval));
  c.bind(skip);
  c.emit(A.movReg(0, 19), A.movReg(1, 20), A.addImm(2, SP, f.runCtx));
  call(c, 'progExit');
}

/** fmod_ret: the program's result goes in the return slot; non-zero skips the original. */
function modifyReturn(c: Program, f: Frame, afterOriginal: Label): void {
  c.emit(A.strImm(8, ZR, SP, f.retval));
  invokeProg(c, f, 'fmodRet', true);
  c.emit(A.ldrImm(8, TMP, SP, f.retval));
  c.branch(afterOriginal, (off) => A.cbnz(TMP, off));
}

function callOriginal(c: Program, p: Placement, f: Frame): void {
  loadArgRegs(c, p, f);
  for (const a of stackArgs(p)) {
    for (let k = 0; k < slotsOf(a.size); k++) {
      c.emit(A.ldrImm(8, TMP, FP, INCOMING + a.from + 8 * k), A.strImm(8, TMP, SP, f.oargs + a.to + 8 * k));
    }
  }
  if (p.keepResultPointer) c.emit(A.ldrImm(8, 8, SP, f.x8));
  // Our frame record's LR is the traced function's body, just past the patched entry.
  c.emit(A.ldrImm(8, TMP, FP, 8), A.blr(TMP));
  c.emit(A.strImm(8, 0, SP, f.retval));
  if (p.retRegs === 2) c.emit(A.strImm(8, 1, SP, f.retval + 8));
  c.emit(A.nop()); // the kernel's ip_after_call
}

function loadReturn(c: Program, p: Placement, f: Frame): void {
  c.emit(A.ldrImm(8, 0, SP, f.retval));
  if (p.retRegs === 2) c.emit(A.ldrImm(8, 1, SP, f.retval + 8));
}

function epilogue(c: Program, mode: Mode): void {
  c.emit(A.movSp(SP, FP), A.ldpPost(FP, LR, SP, 16), A.ldpPost(FP, PARENT_LR, SP, 16));
  if (mode.callOrig) {
    // SKIP_FRAME: straight back to the traced function's caller.
    c.emit(A.movReg(LR, PARENT_LR), A.ret(PARENT_LR));
  } else {
    // Back into the traced function's body, which returns to its caller itself.
    c.emit(A.movReg(TMP, LR), A.movReg(LR, PARENT_LR), A.ret(TMP));
  }
}
