import { greedyPlacement } from '../placement.js';
import type { Variant } from '../../../../bpf/variant.js';

export const linux2024RegsOnly: Variant = {
  name: 'linux-2024-regs-only',
  summary: 'arm64 before 2025: -ENOTSUPP unless every argument fits in x0-x7',
  place: ({ model }) => {
    const placement = greedyPlacement(model, () => 8);
    const spilled = placement.args.findIndex((a) => a.in === 'stack');
    if (spilled >= 0) return { ok: false, reason: `argument ${spilled + 1} does not fit in x0-x7` };
    return { ok: true, placement };
  },
};
