// bpf-next's 2026-09-13 series "support by-value struct and __int128 arguments", arm64
// part afdbb4cdd3d2 "bpf, arm64: Place trampoline arguments by the arm64 calling
// convention", on top of mainline's 2026-08 state (c48796aa6c39's return check kept).
// From the reference notes (the code was not found; the commit list was read): a shared
// `bpf_jit_place_args()` walks the arguments with the arm64 ABI description (8 argument
// registers, even-register and even-stack alignment, no split, no back-fill): an
// argument flagged BTF_FMODEL_ALIGN16_ARG (its BTF alignment is above 8) starts at an
// even register or a 16-aligned stack offset; once one argument is on the stack all later
// ones are; more than 12 slots is -ENOTSUPP. The context stays packed; the outgoing area
// for the original function copies the incoming layout, holes included.
// Not verified: how `btf_func_arg_align` computes the alignment. Taken as libbpf's
// btf__align_of with scalars aligned to their size up to 16 (func-model/btf-align.ts),
// the only reading under which an `__int128` can be flagged at all; so a `packed` or
// `aligned(N)` that leaves no trace in sizes and offsets is invisible to it.
// Its kfunc half, 1e6c598b02e7 "kfunc args from an ABI description": the same walk places
// a kfunc's arguments, and the 2026-05 call path moves the BPF slots there.
import { bigReturnRefusal } from '../../../../bpf/big-return.js';
import { kfuncReturnRefusal } from '../../../../bpf/kfunc-rules.js';
import { DISTILL_AGGREGATE_RETURNS } from '../../../../bpf/func-model/distill-rules.js';
import { ALIGN16_ARG, MAX_ARGS, reworkFlags, type FuncModel } from '../../../../bpf/func-model/model.js';
import { contextSlots, kernelPlacement, slotsOf, totalSlots, type ArgPlace, type Planned } from '../../../../bpf/placement.js';
import type { Variant } from '../../../../bpf/variant.js';
import { roundUp } from '../../../../layout/round.js';
import { ARG_REGS } from '../placement.js';

function placeArgs(m: FuncModel): Planned {
  if (totalSlots(m) > MAX_ARGS) return { ok: false, reason: `${totalSlots(m)} argument slots > ${MAX_ARGS}` };
  const slots = contextSlots(m);
  const flags = reworkFlags(m);
  let ngrn = 0;
  let nsaa = 0;
  const args = m.argSize.map((size, i): ArgPlace => {
    const align16 = (flags[i]! & ALIGN16_ARG) !== 0;
    const n = slotsOf(size);
    const first = align16 ? roundUp(ngrn, 2) : ngrn;
    if (first + n <= ARG_REGS) {
      ngrn = first + n;
      return { slot: slots[i]!, size, in: 'regs', first };
    }
    ngrn = ARG_REGS;
    nsaa = roundUp(nsaa, align16 ? 16 : 8);
    const at = nsaa;
    nsaa += 8 * n;
    return { slot: slots[i]!, size, in: 'stack', from: at, to: at };
  });
  return { ok: true, placement: kernelPlacement(m, args, nsaa) };
}

export const linuxAfdbb4cdd3d2: Variant = {
  name: 'linux-afdbb4cdd3d2-2026-09',
  aliases: ['place-args'],
  mirrors: { commits: ['c48796aa6c39', 'afdbb4cdd3d2'], date: '2026-09', tree: 'bpf-next' },
  summary: 'bpf_jit_place_args(): even register pairs and 16-aligned stack slots for ALIGN16 arguments (BTF alignment > 8), no back-fill',
  distill: DISTILL_AGGREGATE_RETURNS,
  refuseMode: bigReturnRefusal,
  place: ({ model }) => placeArgs(model),
  kfunc: {
    commits: ['1e6c598b02e7'],
    summary: 'kfunc arguments placed by the same walk (bpf_jit_arg_abi): an ALIGN16 argument on an even register pair or a 16-aligned stack slot',
    refuse: kfuncReturnRefusal,
    place: ({ model }) => placeArgs(model),
  },
};
