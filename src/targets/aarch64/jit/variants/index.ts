// Every arm64 trampoline variant abifuzz knows, in the order `--jit all` runs them.
import { linux2024RegsOnly } from './linux-2024-regs-only.js';
import { linux2025NoStackStructs } from './linux-2025-no-stack-structs.js';
import { linuxMainline } from './linux-mainline.js';
import { placeArgs } from './place-args.js';
import { reference } from './reference.js';
import { rfc2025LargestMember } from './rfc-2025-largest-member.js';
import type { Variant } from '../../../../bpf/variant.js';

export const VARIANTS: readonly Variant[] = [linuxMainline, linux2024RegsOnly, linux2025NoStackStructs, rfc2025LargestMember, placeArgs, reference];
