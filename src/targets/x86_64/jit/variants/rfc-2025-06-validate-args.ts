// The unmerged 2025-06 x86 refusal: "bpf/x86: prevent trampoline attachment when args
// location on stack is uncertain" (Alexis Lothoré, bpf-next, 2025-06-13, patch 2/7 of a
// series that did the same for other arches; read in a stored copy of the posting).
// validate_args() walks the arguments adding every one's ceil(size / 8) slots, with no
// back-fill, and returns -ENOTSUPP for a STRUCT-flagged argument whose slots end past the
// sixth register, and for more than 12 slots in all. Everything else is the bpf-next of
// the day: 473e3150e30a's walk, with the frame still sized by the struct-only count (the
// 128-bit fix came in 2026-08) and unions still refused by the distiller (2025-09). So a
// struct that would back-fill a register is refused too, and an `__int128` on the stack,
// being no struct, still passes and is still read from packed slots.
import { DISTILL_STRUCT_ARGS } from '../../../../bpf/func-model/distill-rules.js';
import { MAX_ARGS, STRUCT_ARG, type FuncModel } from '../../../../bpf/func-model/model.js';
import { slotsOf } from '../../../../bpf/placement.js';
import type { Variant } from '../../../../bpf/variant.js';
import { ARG_REGS } from '../placement.js';
import { undercountedPlacement } from './linux-ccb4f5d91ec4-2025-09.js';

/** validate_args: the refusal, or undefined. */
export function validateArgs(m: FuncModel): string | undefined {
  let nregs = 0;
  for (const [i, size] of m.argSize.entries()) {
    const n = slotsOf(size);
    if (nregs + n > ARG_REGS && (m.argFlags[i]! & STRUCT_ARG) !== 0) return `argument ${i + 1} is a struct whose location on the stack is uncertain`;
    nregs += n;
  }
  return nregs > MAX_ARGS ? `${nregs} argument slots > ${MAX_ARGS}` : undefined;
}

export const rfc202506ValidateArgs: Variant = {
  name: 'rfc-2025-06-validate-args',
  mirrors: { commits: [], date: '2025-06', tree: 'RFC (not merged)' },
  summary: 'the 2025-06 validate_args refusal: -ENOTSUPP for any struct passed (or, without back-fill, counted) past the sixth register',
  distill: DISTILL_STRUCT_ARGS,
  place: ({ model }) => {
    const refused = validateArgs(model);
    return refused === undefined ? undercountedPlacement(model) : { ok: false, reason: refused };
  },
};
