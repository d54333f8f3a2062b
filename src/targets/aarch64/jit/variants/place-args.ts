import { ALIGN16_ARG, reworkFlags } from '../../../../bpf/func-model/model.js';
import { kernelPlacement, slotsOf, contextSlots, type ArgPlace } from '../../../../bpf/placement.js';
import { roundUp } from '../../../../layout/round.js';
import type { Variant } from '../../../../bpf/variant.js';

// The 2026 rework: a shared bpf_jit_place_args() driven by BTF_FMODEL_ALIGN16_ARG, which
// BTF sets when it computes an alignment above 8. An ALIGN16 argument starts at an even
// register, or at a 16-aligned stack offset; once one argument is on the stack every
// later one is too (AAPCS64 has no register back-filling for x registers).
export const placeArgs: Variant = {
  name: 'place-args',
  summary: 'the 2026 rework: even register pairs and 16-aligned stack slots for arguments BTF says are 16-aligned',
  place: ({ model }) => {
    const slots = contextSlots(model);
    const flags = reworkFlags(model);
    let ngrn = 0;
    let nsaa = 0;
    const args = model.argSize.map((size, i): ArgPlace => {
      const align16 = (flags[i]! & ALIGN16_ARG) !== 0;
      const n = slotsOf(size);
      const first = align16 ? roundUp(ngrn, 2) : ngrn;
      if (first + n <= 8) {
        ngrn = first + n;
        return { slot: slots[i]!, size, in: 'regs', first };
      }
      ngrn = 8;
      nsaa = roundUp(nsaa, align16 ? 16 : 8);
      const at = nsaa;
      nsaa += 8 * n;
      return { slot: slots[i]!, size, in: 'stack', from: at, to: at };
    });
    return { ok: true, placement: kernelPlacement(model, args, nsaa) };
  },
};
