// dc704d0cfa43 "bpf, arm64: remove structs on stack constraint" (2025-07). Verified in
// the patch: exactly the STRUCT_ARG -> -ENOTSUPP test of 9014cf56f13d's calc_arg_aux is
// removed, because pahole is to keep functions whose stack arguments it cannot place out
// of BTF (func-model/pahole-*.ts); everything else is as in 9014cf56f13d. A struct on the
// stack is now read as packed 8-byte slots wherever its real alignment puts it. The hash
// is the reference notes' (the patch carries none).
import { DISTILL_STRUCT_ARGS } from '../../../../bpf/func-model/distill-rules.js';
import type { Variant } from '../../../../bpf/variant.js';
import { greedyPlacement } from '../placement.js';

export const linuxDc704d0cfa43: Variant = {
  name: 'linux-dc704d0cfa43-2025-07',
  mirrors: { commits: ['9014cf56f13d', 'dc704d0cfa43'], date: '2025-07', tree: 'mainline' },
  summary: 'the stack-struct refusal removed (pahole is to filter): x0-x7 greedily, everything after the first misfit packed on the stack',
  distill: DISTILL_STRUCT_ARGS,
  place: ({ model }) => ({ ok: true, placement: greedyPlacement(model, () => 8) }),
};
