// The --jit/--jit-modes options shared by check, fuzz and jit-diff.
import { CommanderError, type Command } from 'commander';
import { MODES } from '../bpf/modes.js';
import { jitRequest, type JitRequest } from '../jit/plan.js';
import { formatVariantList } from './jit-list.js';

export interface JitCliOptions { jit?: string; jitModes: string }

export function jitOptions(cmd: Command): Command {
  return jitModesOption(cmd.option('--jit <variants>', 'also run every prototype through these BPF trampoline variants (comma-separated, all, c:FILE.c, or list to see them)'))
    .hook('preAction', (c) => {
      if (c.opts<JitCliOptions>().jit !== 'list') return;
      process.stdout.write(formatVariantList());
      // Done: the command's own work is not wanted.
      throw new CommanderError(0, 'abifuzz.jitList', '');
    });
}

export function jitModesOption(cmd: Command): Command {
  return cmd.option('--jit-modes <list>', 'how the trampoline is attached', MODES.map((m) => m.name).join(','));
}

export function jitRequestOf(o: JitCliOptions): JitRequest | undefined {
  return o.jit === undefined ? undefined : jitRequest(o.jit, o.jitModes);
}
