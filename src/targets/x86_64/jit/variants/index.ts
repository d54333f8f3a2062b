// Every x86-64 trampoline variant abifuzz knows, oldest kernel state first, in the order
// `--jit all` runs them and `abifuzz jit list` prints them.
import { referenceVariant } from '../../../../bpf/reference.js';
import type { Variant } from '../../../../bpf/variant.js';
import { linux814cba835ef6 } from './linux-814cba835ef6-2026-08.js';
import { linuxCcb4f5d91ec4 } from './linux-ccb4f5d91ec4-2025-09.js';
import { rfc202506ValidateArgs } from './rfc-2025-06-validate-args.js';

export const VARIANTS: readonly Variant[] = [rfc202506ValidateArgs, linuxCcb4f5d91ec4, linux814cba835ef6, referenceVariant('SysV')];
