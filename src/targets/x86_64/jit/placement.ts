// The kernel's x86-64 walk over the BTF function model (save_args, restore_regs,
// get_nr_used_regs in arch/x86/net/bpf_jit_comp.c since 473e3150e30a, 2023): an argument
// of n = ceil(size / 8) slots goes in the next n of rdi, rsi, rdx, rcx, r8, r9 if they all
// fit, else on the stack at the next 8-byte slot read from RBP + 0x18, with no alignment;
// a later argument that fits may back-fill a register after one that did not. The context
// packs every argument in order. The variants differ in the slot count the frame is sized
// by (and stores in ctx[-1]) and in what they refuse.
import type { FuncModel } from '../../../bpf/func-model/model.js';
import { contextSlots, slotsOf, type ArgPlace, type Placement } from '../../../bpf/placement.js';

/** rdi, rsi, rdx, rcx, r8, r9. */
export const ARG_REGS = 6;

export interface Walked {
  args: ArgPlace[];
  /** Register slots used: get_nr_used_regs. */
  usedRegs: number;
}

export function walkArgs(m: FuncModel): Walked {
  const slots = contextSlots(m);
  let nregs = 0;
  let nstack = 0;
  const args = m.argSize.map((size, i): ArgPlace => {
    const n = slotsOf(size);
    if (nregs + n > ARG_REGS) {
      const at = 8 * nstack;
      nstack += n;
      return { slot: slots[i]!, size, in: 'stack', from: at, to: at };
    }
    nregs += n;
    return { slot: slots[i]!, size, in: 'regs', first: nregs - n };
  });
  return { args, usedRegs: nregs };
}

/**
 * The kernel's placement when its frame is sized for `counted` slots (nr_regs): the
 * context and ctx[-1] take that count, and the outgoing area for the original function is
 * (counted - registers used) slots, reserved only when counted > 6. Stack arguments are
 * written past it regardless, as the kernel does.
 */
export function x86Placement(m: FuncModel, counted: number): Placement {
  const { args, usedRegs } = walkArgs(m);
  const outStackBytes = counted > ARG_REGS ? 8 * (counted - usedRegs) : 0;
  return { args, nslots: counted, outStackBytes, retRegs: 1, clearGarbage: 'x86-lone-slot', keepResultPointer: false };
}
