// The `reference` variant of any target: correct by construction from the full layout and
// the target's own calling-convention model (TargetJit.functionAbi): every argument where
// the convention puts it, stack arguments re-written at their own offsets, both result
// registers kept across the original call, the result pointer kept for an indirect
// result. It distills as today's kernel does and refuses what no BPF context can hold: an
// argument or a result outside the general registers and the stack, and an fmod_ret
// program's 8-byte result standing in for a larger one. Pure.
import { DISTILL_LATEST } from './func-model/distill-rules.js';
import { kfuncReturnRefusal } from './kfunc-rules.js';
import { contextSlots, totalSlots, type ArgPlace, type Planned } from './placement.js';
import type { TraceeFacts, Variant } from './variant.js';
import { roundUp } from '../layout/round.js';

/** `convention`: as reports name it (`SysV`). */
export function referenceVariant(convention: string): Variant {
  return {
    name: 'reference',
    mirrors: { commits: [], date: '-', tree: 'abifuzz' },
    summary: `correct by construction from the full layout and the ${convention} placement`,
    distill: DISTILL_LATEST,
    refuseMode: (m, mode) => (mode.name === 'fmod_ret' && m.retSize > 8 ? `fmod_ret: a program returns 8 bytes, the function ${m.retSize}` : undefined),
    place: placeByAbi,
    kfunc: { commits: [], summary: `every argument where ${convention} (abifuzz's model) puts it`, refuse: kfuncReturnRefusal, place: placeByAbi },
  };
}

function placeByAbi({ model, abi }: TraceeFacts): Planned {
  const truth = abi();
  if (truth.ret?.in === 'other') return { ok: false, reason: `the result is ${truth.ret.why}` };
  // BTF says a result this small comes back in registers; x86-64 returns some (a packed
  // struct, a MEMORY-class one) through the caller's buffer, which no context slot holds.
  if (truth.ret?.in === 'indirect' && model.retSize <= 16) return { ok: false, reason: `the ${model.retSize}-byte result comes back in memory, not in the registers a context slot holds` };
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
}
