// The BPF side of a call with stack arguments (bpf-next 2026-05, "Support stack arguments
// for BPF functions and kfuncs"): a BPF caller passes each argument in consecutive
// 8-byte slots, r1–r5 first, then the outgoing slots it writes at r11 − 8k (k = 1..7) and
// a BPF callee reads at r11 + 8k. At most 12 slots. Pure.
//
// No installed clang can compile such a caller: clang 19 and 22 refuse a BPF call with
// more than five arguments ("too many arguments"), so LLVM's "[BPF] Support Stack
// Arguments" (PR 189060) is not in them. The slots are modelled from the reference notes
// and the seed thread, not taken from compiled BPF code.
import { MAX_ARGS, type BtfFuncModel } from './func-model/model.js';
import { slotsOf } from './placement.js';

/** Argument registers r1–r5. */
export const BPF_REG_ARGS = 5;

/** One argument's slots: `first` counts r1 as slot 0; slot 5 is the first r11 slot. */
export interface BpfArgSlots {
  first: number;
  count: number;
}

export interface BpfCall {
  args: BpfArgSlots[];
  /** Slots in all. */
  nslots: number;
}

export type BpfCallPlan = { ok: true; call: BpfCall } | { ok: false; reason: string };

export function bpfCall(m: Pick<BtfFuncModel, 'argSize'>): BpfCallPlan {
  let next = 0;
  const args = m.argSize.map((size): BpfArgSlots => {
    const a = { first: next, count: slotsOf(size) };
    next += a.count;
    return a;
  });
  if (next > MAX_ARGS) return { ok: false, reason: `${next} argument slots > ${MAX_ARGS} (MAX_BPF_FUNC_ARGS)` };
  return { ok: true, call: { args, nslots: next } };
}

/** Slots past r5: what the caller writes through r11. */
export const stackSlots = (c: BpfCall): number => Math.max(0, c.nslots - BPF_REG_ARGS);

/** The argument (0-based) split between r5 and the first r11 slot, which LLVM's BPF back end refuses today, if any. */
export function splitAtR5(c: BpfCall): number | undefined {
  const i = c.args.findIndex((a) => a.first < BPF_REG_ARGS && a.first + a.count > BPF_REG_ARGS);
  return i >= 0 ? i : undefined;
}

/** `r3`, or `r11-16` for the second outgoing slot: as a BPF developer reads the caller's code. */
export function bpfSlotName(slot: number): string {
  return slot < BPF_REG_ARGS ? `r${slot + 1}` : `r11-${8 * (slot - BPF_REG_ARGS + 1)}`;
}
