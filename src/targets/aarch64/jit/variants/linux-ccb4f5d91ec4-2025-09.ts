// ccb4f5d91ec4 "bpf: Allow union argument in trampoline based programs" (2025-09).
// Verified in the v3 patch: unions get a size and BTF_FMODEL_STRUCT_ARG wherever structs
// did (distill, ctx access); union returns stay refused; the arm64 JIT is untouched, so a
// union is placed like a struct of its size (dc704d0cfa43's walk). The hash is the
// reference notes'; the merged commit's code was not read.
import { DISTILL_UNION_ARGS } from '../../../../bpf/func-model/distill-rules.js';
import type { Variant } from '../../../../bpf/variant.js';
import { greedyPlacement } from '../placement.js';

export const linuxCcb4f5d91ec4: Variant = {
  name: 'linux-ccb4f5d91ec4-2025-09',
  mirrors: { commits: ['9014cf56f13d', 'dc704d0cfa43', 'ccb4f5d91ec4'], date: '2025-09', tree: 'mainline' },
  summary: 'unions accepted as arguments wherever structs were; placement as dc704d0cfa43',
  distill: DISTILL_UNION_ARGS,
  place: ({ model }) => ({ ok: true, placement: greedyPlacement(model, () => 8) }),
};
