import { STRUCT_ARG } from '../../../../bpf/func-model/model.js';
import { greedyPlacement } from '../placement.js';
import type { Variant } from '../../../../bpf/variant.js';

export const linux2025NoStackStructs: Variant = {
  name: 'linux-2025-no-stack-structs',
  summary: 'the 2025 many-args merge: up to 12 arguments, but -ENOTSUPP for any struct or union passed on the stack',
  place: ({ model }) => {
    const placement = greedyPlacement(model, () => 8);
    const struct = placement.args.findIndex((a, i) => a.in === 'stack' && (model.argFlags[i]! & STRUCT_ARG) !== 0);
    if (struct >= 0) return { ok: false, reason: `argument ${struct + 1} is a struct passed on the stack` };
    return { ok: true, placement };
  },
};
