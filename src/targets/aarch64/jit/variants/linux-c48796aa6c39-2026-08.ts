// Today's mainline, as of the reference notes (2026-12): c48796aa6c39 "bpf: Reject >8
// byte return values on return-reading trampoline paths" (bpf-next master 2026-08-01,
// big-return.ts): fexit and fmod_ret on a function returning more than 8 bytes are
// refused at load, fentry still runs. With it, struct and union returns of up to 16
// bytes are distilled (distill-rules.ts; that commit not found). 457d4ecb47aa "bpf:
// Remove unused BTF_FMODEL_STRUCT_ARG" (title only) changes nothing here: the arm64 walk
// stopped reading the flag with dc704d0cfa43. The argument walk is ccb4f5d91ec4's.
// `linux-mainline` names this variant until the 2026-09 bpf-next series reaches mainline.
import { bigReturnRefusal } from '../../../../bpf/big-return.js';
import { DISTILL_AGGREGATE_RETURNS } from '../../../../bpf/func-model/distill-rules.js';
import type { Variant } from '../../../../bpf/variant.js';
import { greedyPlacement } from '../placement.js';

export const linuxC48796aa6c39: Variant = {
  name: 'linux-c48796aa6c39-2026-08',
  aliases: ['linux-mainline'],
  mirrors: { commits: ['dc704d0cfa43', 'ccb4f5d91ec4', 'c48796aa6c39'], date: '2026-08', tree: 'mainline' },
  summary: 'mainline today: greedy packed slots as 2025-09; fexit/fmod_ret refused for returns over 8 bytes; struct/union returns up to 16 bytes',
  distill: DISTILL_AGGREGATE_RETURNS,
  refuseMode: bigReturnRefusal,
  place: ({ model }) => ({ ok: true, placement: greedyPlacement(model, () => 8) }),
};
