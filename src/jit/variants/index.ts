// Every trampoline variant abifuzz knows, by name.
import { UserError } from '../../user-error.js';
import { linux2024RegsOnly } from './linux-2024-regs-only.js';
import { linux2025NoStackStructs } from './linux-2025-no-stack-structs.js';
import { linuxMainline } from './linux-mainline.js';
import { placeArgs } from './place-args.js';
import { reference } from './reference.js';
import { rfc2025LargestMember } from './rfc-2025-largest-member.js';
import type { Variant } from './variant.js';

export const VARIANTS: readonly Variant[] = [linuxMainline, linux2024RegsOnly, linux2025NoStackStructs, rfc2025LargestMember, placeArgs, reference];

export function variantsByName(list: string): Variant[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.includes('all')) return [...VARIANTS];
  return names.map((n) => {
    const v = VARIANTS.find((x) => x.name === n);
    if (!v) throw new UserError(`unknown JIT variant '${n}': known variants are ${VARIANTS.map((x) => x.name).join(', ')} (or all)`);
    return v;
  });
}
