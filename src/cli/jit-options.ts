// The --jit/--jit-modes options shared by check, fuzz and jit-diff.
import type { Command } from 'commander';
import { MODES, modeByName, type Mode } from '../jit/modes.js';
import type { JitRequest } from '../jit/plan.js';
import { variantsByName } from '../jit/variants/index.js';
import { UserError } from './user-error.js';

export interface JitCliOptions { jit?: string; jitModes: string }

export function jitOptions(cmd: Command): Command {
  return jitModesOption(cmd.option('--jit <variants>', 'also run every prototype through these BPF trampoline variants (comma-separated, or all)'));
}

export function jitModesOption(cmd: Command): Command {
  return cmd.option('--jit-modes <list>', 'how the trampoline is attached', MODES.map((m) => m.name).join(','));
}

export function parseModes(list: string): Mode[] {
  return list.split(',').map((s) => {
    const m = modeByName(s.trim());
    if (!m) throw new UserError(`unknown JIT mode '${s}': use ${MODES.map((x) => x.name).join(', ')}`);
    return m;
  });
}

export function jitRequestOf(o: JitCliOptions): JitRequest | undefined {
  if (o.jit === undefined) return undefined;
  return { variants: variantsByName(o.jit), modes: parseModes(o.jitModes) };
}
