import { contextSlots, totalSlots, type ArgPlace } from '../../../../bpf/placement.js';
import { roundUp } from '../../../../layout/round.js';
import type { Variant } from '../../../../bpf/variant.js';

// Correct by construction: every argument where AAPCS64 (abifuzz's model) puts it, stack
// arguments re-written at their own offsets, both return registers and x8 kept. It still
// refuses what the kernel's function model refuses, and what a BPF context cannot hold.
export const reference: Variant = {
  name: 'reference',
  summary: 'correct by construction from the full layout and the AAPCS64 placement',
  place: ({ model, abi }) => {
    const truth = abi();
    const slots = contextSlots(model);
    const args: ArgPlace[] = [];
    for (const [i, a] of truth.args.entries()) {
      const base = { slot: slots[i]!, size: model.argSize[i]! };
      if (a.in === 'other') return { ok: false, reason: `argument ${i + 1} is ${a.why}` };
      args.push(a.in === 'regs' ? { ...base, in: 'regs', first: a.first } : { ...base, in: 'stack', from: a.offset, to: a.offset });
    }
    const placement = {
      args,
      nslots: totalSlots(model),
      outStackBytes: roundUp(truth.stackBytes, 16),
      retRegs: model.retSize > 8 ? 2 : 1,
      clearGarbage: true,
      keepResultPointer: truth.indirectResult,
    } as const;
    return { ok: true, placement };
  },
};
