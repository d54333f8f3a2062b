// The kernel's arm64 walk over the BTF function model: whole arguments into x0..x7 by
// 8-byte slots while they fit; the first that does not, and every one after it, goes on
// the stack at the next offset aligned to `stackAlign(i)`, read and re-written at the
// same offsets. Variants differ in the alignment and in what they refuse.
import type { FuncModel } from '../../../bpf/func-model/model.js';
import { contextSlots, kernelPlacement, slotsOf, type ArgPlace, type Placement } from '../../../bpf/placement.js';
import { roundUp } from '../../../layout/round.js';

/** x0..x7. */
export const ARG_REGS = 8;

export function greedyPlacement(m: FuncModel, stackAlign: (i: number) => number): Placement {
  const slots = contextSlots(m);
  let nregs = 0;
  let offset = 0;
  let spilled = false;
  const args = m.argSize.map((size, i): ArgPlace => {
    const n = slotsOf(size);
    if (!spilled && nregs + n <= ARG_REGS) {
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
