// bpf-next 2026-05-13, the stack-arguments series ("bpf: Support stack arguments for BPF
// functions and kfuncs", v4, applied that day): 235b2fe772f5 "bpf, arm64: Add JIT support
// for stack arguments" and 68e5627579d7 "bpf, arm64: Map BPF_REG_0 to x8 instead of x7".
// The trampoline is 2025-09's (ccb4f5d91ec4): the series did not touch it. A kfunc takes
// up to 12 arguments, each a scalar or a pointer of at most 8 bytes: r1–r5 land in x0–x4,
// the r11 slots in x5–x7 and then [SP + 8·(idx − 3)], which is where AAPCS64 wants 8-byte
// arguments 6 to 12, so no argument has to move.
import { DISTILL_UNION_ARGS } from '../../../../bpf/func-model/distill-rules.js';
import { narrowArgsRefusal } from '../../../../bpf/kfunc-rules.js';
import type { Variant } from '../../../../bpf/variant.js';
import { greedyPlacement } from '../placement.js';

const trampolineWalk: Variant['place'] = ({ model }) => ({ ok: true, placement: greedyPlacement(model, () => 8) });

export const linux235b2fe772f5: Variant = {
  name: 'linux-235b2fe772f5-2026-05',
  mirrors: { commits: ['ccb4f5d91ec4', '68e5627579d7', '235b2fe772f5'], date: '2026-05', tree: 'bpf-next' },
  summary: 'stack arguments for kfuncs: up to 12 arguments of at most 8 bytes each; the trampoline as 2025-09',
  distill: DISTILL_UNION_ARGS,
  place: trampolineWalk,
  kfunc: {
    commits: ['68e5627579d7', '235b2fe772f5'],
    summary: 'every argument at most 8 bytes (16-byte ones refused); slot k goes where AAPCS64 wants argument k',
    refuse: narrowArgsRefusal,
    place: trampolineWalk,
  },
};
