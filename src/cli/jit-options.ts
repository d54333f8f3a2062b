// The --jit/--jit-modes options shared by check, fuzz and jit-diff.
import { CommanderError, type Command } from 'commander';
import { MODES, TRAMPOLINE_MODES } from '../bpf/modes.js';
import { BTF_FILTERS } from '../bpf/pahole/filters.js';
import { UserError } from '../user-error.js';
import { jitRequest, type JitRequest } from '../jit/plan.js';
import { formatVariantList } from './jit-list.js';
import { targetOf } from './options.js';
import { jitOf } from '../targets/target.js';

export interface JitCliOptions { jit?: string; jitModes: string; btfFilter?: string; target?: string }

export function jitOptions(cmd: Command): Command {
  return jitModesOption(cmd.option('--jit <variants>', 'also run every prototype through these BPF trampoline variants (comma-separated, all, c:FILE.c, or list to see them)'))
    .hook('preAction', (c) => {
      if (c.opts<JitCliOptions>().jit !== 'list') return;
      process.stdout.write(formatVariantList(jitOf(targetOf(c.opts<JitCliOptions>())).variants));
      // Done: the command's own work is not wanted.
      throw new CommanderError(0, 'abifuzz.jitList', '');
    });
}

export function jitModesOption(cmd: Command): Command {
  return cmd
    .option('--jit-modes <list>', `how the trampoline is attached (${MODES.map((m) => m.name).join(', ')}; kfunc: the function called as a kfunc through the JIT's call path, not a trampoline)`, TRAMPOLINE_MODES.map((m) => m.name).join(','))
    .option('--btf-filter <pahole>', `judge only functions BTF would hold: ${BTF_FILTERS.map((f) => f.name).join(' or ')} (findings jit-btf-hole, btf-overcautious)`);
}

export function jitRequestOf(o: JitCliOptions): JitRequest | undefined {
  if (o.jit === undefined && o.btfFilter !== undefined) throw new UserError('--btf-filter needs --jit VARIANT[,…]: say which trampoline variants to judge');
  return o.jit === undefined ? undefined : jitRequest(o.jit, o.jitModes, o.btfFilter, targetOf(o));
}
