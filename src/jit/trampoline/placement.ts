// Where a trampoline variant believes each argument of the traced function is, and where
// it puts it back for the original function: the only thing variants differ in. The
// frame, the BPF context and the calls are the same for all (generate.ts). Pure data.
import type { FuncModel } from '../func-model/model.js';

export type ArgPlace =
  /** In x(first)..x(first + slots - 1). */
  | { slot: number; size: number; in: 'regs'; first: number }
  /** Read at incoming SP + from; written at outgoing SP + to before calling the original. */
  | { slot: number; size: number; in: 'stack'; from: number; to: number };

export interface Placement {
  args: ArgPlace[];
  /** BPF context slots for the arguments: each argument takes roundup(size, 8) / 8. */
  nslots: number;
  /** Outgoing stack argument bytes for the original function, a multiple of 16. */
  outStackBytes: number;
  /** Return registers saved around the original call: the kernel keeps x0 only. */
  retRegs: 1 | 2;
  /** Shift away the bytes above a stack argument's value in its last context slot. */
  clearGarbage: boolean;
  /** Keep x8 (the indirect result address) across the hooks. */
  keepX8: boolean;
}

export type Planned = { ok: true; placement: Placement } | { ok: false; reason: string };

export const slotsOf = (size: number): number => Math.ceil(size / 8);
export const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** The BPF context slot of each argument: packed, in order, whatever the registers. */
export function contextSlots(m: FuncModel): number[] {
  let next = 0;
  return m.argSize.map((size) => {
    const slot = next;
    next += slotsOf(size);
    return slot;
  });
}

/**
 * The kernel's arm64 walk: whole arguments into x0..x7 by 8-byte slots while they fit;
 * the first that does not, and every one after it, goes on the stack at the next offset
 * aligned to `stackAlign(i)`, read and re-written at the same offsets.
 */
export function greedyPlacement(m: FuncModel, stackAlign: (i: number) => number): Placement {
  const slots = contextSlots(m);
  let nregs = 0;
  let offset = 0;
  let spilled = false;
  const args = m.argSize.map((size, i): ArgPlace => {
    const n = slotsOf(size);
    if (!spilled && nregs + n <= 8) {
      nregs += n;
      return { slot: slots[i]!, size, in: 'regs', first: nregs - n };
    }
    spilled = true;
    offset = roundUp(offset, stackAlign(i));
    const at = offset;
    offset += 8 * n;
    return { slot: slots[i]!, size, in: 'stack', from: at, to: at };
  });
  return kernelPlacement(m, args, offset);
}

/** What every kernel-derived variant shares: x0 only, garbage cleared, x8 not kept. */
export function kernelPlacement(m: FuncModel, args: ArgPlace[], stackBytes: number): Placement {
  return { args, nslots: totalSlots(m), outStackBytes: roundUp(stackBytes, 16), retRegs: 1, clearGarbage: true, keepX8: false };
}

export const totalSlots = (m: FuncModel): number => m.argSize.reduce((s, size) => s + slotsOf(size), 0);
