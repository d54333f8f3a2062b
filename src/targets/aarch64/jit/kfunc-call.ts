// Emits the arm64 JIT's kfunc call path with stack arguments (bpf-next 2026-05,
// 235b2fe772f5 "bpf, arm64: Add JIT support for stack arguments", and the 2026-09 kfunc
// argument placement) as A64 machine code, wrapped so the harness can call it:
//
//   1. the BPF program's side, as the JIT maps it: r1–r5 in x0–x4, the outgoing r11 slots
//      0–2 in x5–x7 (why BPF_REG_0 moved to x8), slot 3 and up at [SP + 8·(idx − 3)] in an
//      outgoing area below the program's stack;
//   2. the shuffle to where the variant believes AAPCS64 wants each argument: slot by
//      slot, the highest first, only ever upward, x10 for a stack-to-stack move;
//   3. the call.
//
// The harness calls it as `void code(const u64 slots[12], void *kfunc)`: the slots are
// what the BPF caller passes. After it comes a BPF-to-BPF call of the same slots, whose
// callee records what it read. Pure.
import * as A from './a64/encode.js';
import { Program } from './a64/program.js';
import { FP, LR, SP } from './a64/registers.js';
import type { BpfCall } from '../../../bpf/stack-args.js';
import type { ArgPlace, Placement } from '../../../bpf/placement.js';
import { roundUp } from '../../../layout/round.js';

/** Scratch, as in the kernel. */
const TMP = 10;
/** Kept across the call: the kfunc's address (the BPF callee's record buffer) and the slot buffer. */
const KFUNC = 19;
const SLOTS = 20;
/** Slots 0–7 live in x0–x7: r1–r5, then the first three r11 slots. */
const SLOT_REGS = 8;

/** A slot's place: an argument register, or an offset from SP in the outgoing area. */
export type Home = { reg: number } | { sp: number };

/** Where the arm64 JIT keeps BPF slot `slot` of an outgoing call (slot 0 is r1). */
export function jitHome(slot: number): Home {
  return slot < SLOT_REGS ? { reg: slot } : { sp: 8 * (slot - SLOT_REGS) };
}

/** Where a placement puts slot k of an argument. */
function placedHome(a: ArgPlace, k: number): Home {
  return a.in === 'regs' ? { reg: a.first + k } : { sp: a.to + 8 * k };
}

/** Registers below the stack, the stack upward: a move may only go up this order. */
const rank = (h: Home): number => ('reg' in h ? h.reg : SLOT_REGS + h.sp / 8);

export interface SlotMove {
  slot: number;
  from: Home;
  to: Home;
}

/**
 * The moves from the JIT's homes to the placement's, highest source first: a destination
 * is never a lower slot's home, so nothing is overwritten before it moves. Throws for a
 * move downward, which would break that (the kernel plans none).
 */
export function kfuncMoves(call: BpfCall, p: Placement): SlotMove[] {
  const moves = call.args.flatMap((a, i) => Array.from({ length: a.count }, (_, k): SlotMove => ({ slot: a.first + k, from: jitHome(a.first + k), to: placedHome(p.args[i]!, k) })));
  for (const m of moves) if (rank(m.to) < rank(m.from)) throw new Error(`kfunc slot ${m.slot} would move down, from ${show(m.from)} to ${show(m.to)}`);
  return moves.filter((m) => rank(m.to) !== rank(m.from)).sort((x, y) => rank(y.from) - rank(x.from));
}

const show = (h: Home): string => ('reg' in h ? `x${h.reg}` : `[sp+${h.sp}]`);

/** The outgoing area: room for the r11 slots past x7 and for the kfunc's own stack arguments. */
export const outgoingBytes = (call: BpfCall, p: Placement): number => roundUp(Math.max(8 * Math.max(0, call.nslots - SLOT_REGS), p.outStackBytes), 16);

/** The kfunc call path, then the BPF-to-BPF call of the same slots at word `bpfToBpfAt`. */
export interface KfuncCode {
  words: Uint32Array;
  bpfToBpfAt: number;
}

export function kfuncCall(call: BpfCall, p: Placement): KfuncCode {
  const c = new Program();
  const outgoing = outgoingBytes(call, p);
  enter(c, outgoing);
  for (let slot = call.nslots - 1; slot >= 0; slot--) loadSlot(c, slot);
  for (const m of kfuncMoves(call, p)) move(c, m.from, m.to);
  c.emit(A.blr(KFUNC));
  leave(c, outgoing);
  const bpfToBpfAt = c.index;
  bpfToBpf(c, call);
  return { words: c.words(), bpfToBpfAt };
}

/** Frame, the kfunc (or the record buffer) in x19 and the slots in x20, the outgoing area. */
function enter(c: Program, outgoing: number): void {
  c.emit(A.stpPre(FP, LR, SP, -16), A.movSp(FP, SP), A.stpPre(KFUNC, SLOTS, SP, -16));
  c.emit(A.movReg(KFUNC, 1), A.movReg(SLOTS, 0));
  if (outgoing > 0) c.emit(A.subImm(SP, SP, outgoing));
}

function leave(c: Program, outgoing: number): void {
  if (outgoing > 0) c.emit(A.addImm(SP, SP, outgoing));
  c.emit(A.ldpPost(KFUNC, SLOTS, SP, 16), A.ldpPost(FP, LR, SP, 16), A.ret());
}

/**
 * A BPF-to-BPF call keeps the packed slots both ways: the caller leaves them in their
 * homes and branches; the callee, its frame record pushed, finds r11 slot idx >= 3 at
 * [FP + 16 + 8·(idx − 3)]. Here the callee stores every slot it reads into the buffer at
 * x19 (`void code(const u64 slots[12], u64 seen[12])`), for the harness to compare.
 */
function bpfToBpf(c: Program, call: BpfCall): void {
  const outgoing = roundUp(8 * Math.max(0, call.nslots - SLOT_REGS), 16);
  const callee = c.label();
  enter(c, outgoing);
  for (let slot = call.nslots - 1; slot >= 0; slot--) loadSlot(c, slot);
  c.branch(callee, A.bl);
  leave(c, outgoing);
  c.bind(callee);
  c.emit(A.stpPre(FP, LR, SP, -16), A.movSp(FP, SP));
  for (let slot = 0; slot < call.nslots; slot++) {
    const home = jitHome(slot);
    if ('reg' in home) c.emit(A.strImm(8, home.reg, KFUNC, 8 * slot));
    else c.emit(A.ldrImm(8, TMP, FP, 16 + home.sp), A.strImm(8, TMP, KFUNC, 8 * slot));
  }
  c.emit(A.ldpPost(FP, LR, SP, 16), A.ret());
}

/** The BPF caller's slot, where the JIT's translation of its `rN =` or `*(u64 *)(r11 - 8k) =` leaves it. */
function loadSlot(c: Program, slot: number): void {
  const home = jitHome(slot);
  if ('reg' in home) c.emit(A.ldrImm(8, home.reg, SLOTS, 8 * slot));
  else c.emit(A.ldrImm(8, TMP, SLOTS, 8 * slot), A.strImm(8, TMP, SP, home.sp));
}

function move(c: Program, from: Home, to: Home): void {
  if ('reg' in from && 'reg' in to) c.emit(A.movReg(to.reg, from.reg));
  else if ('reg' in from && 'sp' in to) c.emit(A.strImm(8, from.reg, SP, to.sp));
  else if ('sp' in from && 'reg' in to) c.emit(A.ldrImm(8, to.reg, SP, from.sp));
  else if ('sp' in from && 'sp' in to) c.emit(A.ldrImm(8, TMP, SP, from.sp), A.strImm(8, TMP, SP, to.sp));
}
