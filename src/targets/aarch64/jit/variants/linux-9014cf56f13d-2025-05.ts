// 9014cf56f13d "bpf, arm64: Support up to 12 function arguments" (bpf-next 2025-05,
// mainline v6.16). Verified in a stored copy of bpf_jit_comp.c after the commit:
// `calc_arg_aux` walks the arguments with slots = ceil(size / 8) into x0..x7 while they
// fit, with no even-register rounding; the first misfit and every later argument are on
// the stack as packed 8-byte slots read from FP + 32 (for struct_ops too); a STRUCT-flagged
// argument on the stack is -ENOTSUPP; the last slot of each stack argument copied into
// ctx has its garbage shifted away (not the copy re-passed to the original, which comes
// from the incoming stack); only x0 of the result is kept. Unions were still refused by
// btf_distill_func_proto then (ccb4f5d91ec4 came in 2025-09).
import { DISTILL_STRUCT_ARGS } from '../../../../bpf/func-model/distill-rules.js';
import { STRUCT_ARG } from '../../../../bpf/func-model/model.js';
import type { Variant } from '../../../../bpf/variant.js';
import { greedyPlacement } from '../placement.js';

export const linux9014cf56f13d: Variant = {
  name: 'linux-9014cf56f13d-2025-05',
  aliases: ['linux-2025-no-stack-structs'],
  mirrors: { commits: ['9014cf56f13d'], date: '2025-05', tree: 'mainline' },
  summary: 'up to 12 arguments: x0-x7 greedily by 8-byte slots, the rest packed on the stack; -ENOTSUPP for a struct on the stack',
  distill: DISTILL_STRUCT_ARGS,
  place: ({ model }) => {
    const placement = greedyPlacement(model, () => 8);
    const struct = placement.args.findIndex((a, i) => a.in === 'stack' && (model.argFlags[i]! & STRUCT_ARG) !== 0);
    if (struct >= 0) return { ok: false, reason: `argument ${struct + 1} is a struct passed on the stack` };
    return { ok: true, placement };
  },
};
