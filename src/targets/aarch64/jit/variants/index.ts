// Every arm64 trampoline variant abifuzz knows, oldest kernel state first, in the order
// `--jit all` runs them and `abifuzz jit list` prints them.
import { referenceVariant } from '../../../../bpf/reference.js';
import { linux235b2fe772f5 } from './linux-235b2fe772f5-2026-05.js';
import { linux9014cf56f13d } from './linux-9014cf56f13d-2025-05.js';
import { linuxAfdbb4cdd3d2 } from './linux-afdbb4cdd3d2-2026-09.js';
import { linuxC48796aa6c39 } from './linux-c48796aa6c39-2026-08.js';
import { linuxCcb4f5d91ec4 } from './linux-ccb4f5d91ec4-2025-09.js';
import { linuxDc704d0cfa43 } from './linux-dc704d0cfa43-2025-07.js';
import { linuxPre2025RegsOnly } from './linux-pre2025-regs-only.js';
import { rfc2025LargestMember } from './rfc-2025-largest-member.js';
import type { Variant } from '../../../../bpf/variant.js';

export const VARIANTS: readonly Variant[] = [
  linuxPre2025RegsOnly, linux9014cf56f13d, rfc2025LargestMember, linuxDc704d0cfa43, linuxCcb4f5d91ec4, linux235b2fe772f5, linuxC48796aa6c39, linuxAfdbb4cdd3d2, referenceVariant('AAPCS64'),
];
