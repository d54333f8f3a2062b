// arm64 from 90564f1e3dd6 "bpf, arm64: Support struct arguments in the BPF trampoline"
// (mainline 2023-05, v6.5) until the 2025 many-args series: the trampoline counts
// argument *registers* as nregs = nr_args + the extra 8-byte slots of STRUCT-flagged
// arguments, refuses nregs > 8 (-ENOTSUPP), stores x0..x(nregs-1) into ctx[0..nregs)
// and nregs into ctx[-1], puts the return value in ctx[nregs], and reloads the same
// registers for the original function. No stack argument is ever read.
//
// Verified in the patch (and in the 2025 diff that removed `btf_func_model_nregs`): the
// count, the check and the plain 64-bit stores. Its consequences, derived: an `__int128`
// is no struct, so it is counted as one register; the BPF program (whose view of ctx
// counts two slots for it) finds every later argument one slot off and the last one not
// saved at all, and `(__int128, 7 × long)` passes the `> 8` check with its last long on
// the stack. Nothing rounds a 16-aligned argument to an even register either.
// Not verified: the pre-2025 prologue (taken to push two frame records, as in 2025), and
// the state before 90564f1e3dd6 (arm64 then refused every struct argument: not modelled).
import { DISTILL_STRUCT_ARGS } from '../../../../bpf/func-model/distill-rules.js';
import { STRUCT_ARG, type FuncModel } from '../../../../bpf/func-model/model.js';
import { kernelPlacement, slotsOf, type ArgPlace, type Planned } from '../../../../bpf/placement.js';
import type { Variant } from '../../../../bpf/variant.js';
import { ARG_REGS } from '../placement.js';

/** Registers the 2023 trampoline counts for an argument: its 8-byte slots if STRUCT-flagged, else one. */
export const countedRegs = (m: FuncModel, i: number): number => ((m.argFlags[i]! & STRUCT_ARG) !== 0 ? slotsOf(m.argSize[i]!) : 1);

function placeRegsOnly(m: FuncModel): Planned {
  let nregs = 0;
  const args = m.argSize.map((size, i): ArgPlace => {
    const n = countedRegs(m, i);
    const first = nregs;
    nregs += n;
    // ctx[k] = x_k: the registers it counted, whatever the argument's real size.
    return { slot: first, size: Math.min(size, 8 * n), in: 'regs', first };
  });
  if (nregs > ARG_REGS) return { ok: false, reason: `${nregs} argument registers counted > ${ARG_REGS}` };
  return { ok: true, placement: { ...kernelPlacement(m, args, 0), nslots: nregs } };
}

export const linuxPre2025RegsOnly: Variant = {
  name: 'linux-pre2025-regs-only',
  aliases: ['linux-2024-regs-only'],
  mirrors: { commits: ['90564f1e3dd6'], date: '2023-05', tree: 'mainline' },
  summary: 'before 2025: x0-x7 only, counting extra registers for struct arguments alone (an __int128 counts one), -ENOTSUPP above 8',
  distill: DISTILL_STRUCT_ARGS,
  place: ({ model }) => placeRegsOnly(model),
};
