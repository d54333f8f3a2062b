// Today's x86-64 mainline: 814cba835ef6 "bpf, x86: Fix trampoline stack size for 128-bit
// arguments" (2026-08, stable backports; title only) counts every argument's
// ceil(size / 8) slots, so an `__int128` gets its two context slots, ctx[-1] is right and
// the outgoing area is large enough; 457d4ecb47aa "bpf: Remove unused BTF_FMODEL_STRUCT_ARG"
// (title only) fits that: nothing reads the flag once sizes decide. With c48796aa6c39
// (2026-08, big-return.ts) fexit and fmod_ret on a >8-byte return are refused at load,
// and struct/union returns up to 16 bytes are distilled. The walk is 473e3150e30a's:
// stack arguments are still packed 8-byte slots from RBP + 0x18 with no 16-byte holes,
// so a 16-aligned stack argument (`__int128`, a struct holding one) is read, and re-copied
// for the original, from the wrong place.
import { bigReturnRefusal } from '../../../../bpf/big-return.js';
import { DISTILL_AGGREGATE_RETURNS } from '../../../../bpf/func-model/distill-rules.js';
import { MAX_ARGS } from '../../../../bpf/func-model/model.js';
import { totalSlots } from '../../../../bpf/placement.js';
import type { Variant } from '../../../../bpf/variant.js';
import { x86Placement } from '../placement.js';

export const linux814cba835ef6: Variant = {
  name: 'linux-814cba835ef6-2026-08',
  aliases: ['linux-mainline'],
  mirrors: { commits: ['473e3150e30a', '814cba835ef6', 'c48796aa6c39'], date: '2026-08', tree: 'mainline' },
  summary: 'mainline today: every argument counted by its 8-byte slots; packed stack slots from RBP+0x18 (no 16-byte holes); fexit/fmod_ret refused for returns over 8 bytes',
  distill: DISTILL_AGGREGATE_RETURNS,
  refuseMode: bigReturnRefusal,
  place: ({ model }) => {
    const counted = totalSlots(model);
    if (counted > MAX_ARGS) return { ok: false, reason: `${counted} argument slots > ${MAX_ARGS}` };
    return { ok: true, placement: x86Placement(model, counted) };
  },
};
