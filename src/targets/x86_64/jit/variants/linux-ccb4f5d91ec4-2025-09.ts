// x86-64 before 814cba835ef6: the many-args walk of 473e3150e30a "bpf, x86: allow
// function arguments up to 12 for TRACING" (2023-07, v6.6; the v5 patch in
// shared/seeds/x86-12-args-trampoline-patch.txt), with unions accepted since ccb4f5d91ec4
// (2025-09). Verified in the patch: nr_regs = nr_args plus the extra 8-byte slots of
// STRUCT-flagged arguments only, > 12 refused; the context area, ctx[-1] and the outgoing
// area ((nr_regs - registers used) slots, when nr_regs > 6) are sized by it; save_args
// and restore_regs walk every argument by ceil(size / 8) slots, back-filling registers,
// stack arguments read as packed 8-byte slots from RBP + 0x18.
// Derived (what 814cba835ef6's title says it fixed): an `__int128` is no struct, so each
// one is counted one slot short; save_args still writes both of its slots, the last
// context slot landing on the return-value slot (RBP - 8) or, with no return value kept
// (fentry), on the saved RBP; the programs see ctx[-1] short; with CALL_ORIG, stack
// arguments are re-copied past the outgoing area it reserved.
import { DISTILL_UNION_ARGS } from '../../../../bpf/func-model/distill-rules.js';
import { MAX_ARGS, STRUCT_ARG, type FuncModel } from '../../../../bpf/func-model/model.js';
import { slotsOf, type Planned } from '../../../../bpf/placement.js';
import type { Variant } from '../../../../bpf/variant.js';
import { x86Placement } from '../placement.js';

/** nr_regs before 814cba835ef6: one per argument, plus the extra slots of struct arguments. */
export const structOnlySlots = (m: FuncModel): number =>
  m.argSize.reduce((n, size, i) => n + ((m.argFlags[i]! & STRUCT_ARG) !== 0 ? slotsOf(size) : 1), 0);

export function undercountedPlacement(m: FuncModel): Planned {
  const counted = structOnlySlots(m);
  if (counted > MAX_ARGS) return { ok: false, reason: `${counted} argument slots > ${MAX_ARGS}` };
  return { ok: true, placement: x86Placement(m, counted) };
}

export const linuxCcb4f5d91ec4: Variant = {
  name: 'linux-ccb4f5d91ec4-2025-09',
  aliases: ['linux-pre-814cba835ef6'],
  mirrors: { commits: ['473e3150e30a', 'ccb4f5d91ec4'], date: '2025-09', tree: 'mainline' },
  summary: 'before the 128-bit fix: slots counted extra only for struct arguments (an __int128 counts one); packed stack slots from RBP+0x18',
  distill: DISTILL_UNION_ARGS,
  place: ({ model }) => undercountedPlacement(model),
};
