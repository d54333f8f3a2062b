// Where a trampoline variant believes each argument of the traced function is, and where
// it puts it back for the original function: the only thing variants differ in. The
// frame, the BPF context and the calls are the same for all (each target's trampoline).
// Pure data, in the target's terms: argument register numbers and stack offsets.
import { roundUp } from '../layout/round.js';
import type { FuncModel } from './func-model/model.js';

export type ArgPlace =
  /** In argument registers first..first + slots - 1. */
  | { slot: number; size: number; in: 'regs'; first: number }
  /** Read at incoming SP + from; written at outgoing SP + to before calling the original. */
  | { slot: number; size: number; in: 'stack'; from: number; to: number };

export interface Placement {
  /** Per argument, what the trampoline saves into which context slot (`size`: the bytes it moves). */
  args: ArgPlace[];
  /** The count the trampoline stores in ctx[-1]; the return value goes in the slot after. */
  nslots: number;
  /** Outgoing stack argument bytes for the original function, a multiple of 16. */
  outStackBytes: number;
  /** Return registers saved around the original call: the kernel keeps the first only. */
  retRegs: 1 | 2;
  /**
   * Shift away the bytes above a stack argument's value in its last context slot; or, the
   * x86 kernel's clean_stack_garbage: zero the upper 4 bytes of the context slot when the
   * stack holds exactly one slot and the function's last argument is at most 4 bytes,
   * whichever argument is on the stack.
   */
  clearGarbage: boolean | 'x86-lone-slot';
  /** Keep the indirect result address across the hooks. */
  keepResultPointer: boolean;
}

export type Planned = { ok: true; placement: Placement } | { ok: false; reason: string };

export const slotsOf = (size: number): number => Math.ceil(size / 8);

/** The BPF context slot of each argument: packed, in order, whatever the registers. */
export function contextSlots(m: FuncModel): number[] {
  let next = 0;
  return m.argSize.map((size) => {
    const slot = next;
    next += slotsOf(size);
    return slot;
  });
}

export const totalSlots = (m: FuncModel): number => m.argSize.reduce((s, size) => s + slotsOf(size), 0);

/**
 * The BPF program's side of the context, which the verifier derives from BTF whatever the
 * trampoline does: where it reads each argument, the count it expects in ctx[-1], and
 * (fexit) where it reads the return value: ctx[nslots].
 */
export interface ContextView {
  slots: number[];
  nslots: number;
}

export const contextView = (m: FuncModel): ContextView => ({ slots: contextSlots(m), nslots: totalSlots(m) });

/** What every kernel-derived variant shares: the first return register only, garbage cleared, no result pointer kept. */
export function kernelPlacement(m: FuncModel, args: ArgPlace[], stackBytes: number): Placement {
  return { args, nslots: totalSlots(m), outStackBytes: roundUp(stackBytes, 16), retRegs: 1, clearGarbage: true, keepResultPointer: false };
}
