// The 2025 arm64 many-args RFC (lore, 2025-04, not merged; the seeds' thread): on top of
// the many-args walk (9014cf56f13d's, with structs allowed on the stack), a stack argument
// is aligned like its largest first-level member (func-model/largest-member.ts; a scalar
// like itself): max(8, that size), as a power of two and at most 16, the largest
// alignment AAPCS64 gives a stack argument (so a 9-byte member means 16). A member's size
// is not its alignment (arrays, nested structs, packed, aligned(N)): that is where it goes
// wrong, and why it was not merged.
import { DISTILL_STRUCT_ARGS } from '../../../../bpf/func-model/distill-rules.js';
import { STRUCT_ARG } from '../../../../bpf/func-model/model.js';
import type { Variant } from '../../../../bpf/variant.js';
import { greedyPlacement } from '../placement.js';

export const rfc2025LargestMember: Variant = {
  name: 'rfc-2025-largest-member',
  mirrors: { commits: [], date: '2025-04', tree: 'RFC (not merged)' },
  summary: 'the 2025 RFC: stack arguments aligned to max(8, size of the largest first-level member)',
  distill: DISTILL_STRUCT_ARGS,
  place: ({ model }) => {
    const guess = (i: number): number => {
      const size = (model.argFlags[i]! & STRUCT_ARG) !== 0 ? model.largestMemberSize[i]! : model.argSize[i]!;
      return size > 8 ? 16 : 8;
    };
    return { ok: true, placement: greedyPlacement(model, guess) };
  },
};
