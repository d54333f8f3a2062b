import { STRUCT_ARG } from '../../../../bpf/func-model/model.js';
import { greedyPlacement } from '../placement.js';
import type { Variant } from '../../../../bpf/variant.js';

// The RFC's guess: a stack argument is aligned like its largest first-level member (a
// scalar like itself), as a power of two, never below 8 and at most 16, the largest
// alignment AAPCS64 gives a stack argument (so a 9-byte member means 16). A member's size
// is not its alignment (arrays, nested structs, packed, aligned(N)): that is where it
// goes wrong.
export const rfc2025LargestMember: Variant = {
  name: 'rfc-2025-largest-member',
  summary: 'the 2025 RFC: stack arguments aligned to max(8, size of the largest first-level member)',
  place: ({ model }) => {
    const guess = (i: number): number => {
      const size = (model.argFlags[i]! & STRUCT_ARG) !== 0 ? model.largestMemberSize[i]! : model.argSize[i]!;
      return size > 8 ? 16 : 8;
    };
    return { ok: true, placement: greedyPlacement(model, guess) };
  },
};
