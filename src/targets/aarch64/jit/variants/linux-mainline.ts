import { greedyPlacement } from '../placement.js';
import type { Variant } from '../../../../bpf/variant.js';

export const linuxMainline: Variant = {
  name: 'linux-mainline',
  summary: 'arm64 today: x0-x7 greedily by 8-byte slots, the first misfit and all later arguments on the stack in packed 8-byte slots',
  place: ({ model }) => ({ ok: true, placement: greedyPlacement(model, () => 8) }),
};
