// The `abifuzz` command line. Each subcommand lives in its own file; this one only wires
// them up and turns user errors into one line and an exit code.
import { Command, CommanderError } from 'commander';
import { DEFAULT_TARGET } from '../targets/index.js';
import { CParseError } from '../c/parse.js';
import { btfCommand } from './btf.js';
import { checkCommand, type CheckOptions } from './check.js';
import { doctorCommand } from './doctor.js';
import { explainCommand, type ExplainOptions } from './explain.js';
import { fuzzCommand, type FuzzOptions } from './fuzz.js';
import { dialectsCommand, type DialectsOptions } from './dialects.js';
import { genCommand, type GenOptions } from './gen.js';
import { jitDiffCommand, type JitDiffOptions } from './jit-diff.js';
import { formatVariantList } from './jit-list.js';
import { jitModesOption, jitOptions } from './jit-options.js';
import { DEFAULT_MINIMIZE_BUDGET, toolchainOptions } from './options.js';
import { minimizeCommand, type MinimizeCliOptions } from './minimize.js';
import { replayCommand } from './replay.js';
import { UserError } from '../user-error.js';


function program(): Command {
  const p = new Command('abifuzz')
    .description('differential ABI fuzzer: C prototypes vs real aarch64 compilers under qemu-user')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  jitOptions(toolchainOptions(p.command('check'), 'user', 'user, or kernel (adds the flags an arm64 kernel build uses)'))
    .description('run every prototype of a .h file through every configured compiler and report where each argument goes')
    .argument('<file>', 'a C header with function prototypes')
    .option('--json', 'print the documented JSON report (docs/check-json.md)')
    .action(async (file: string, o: CheckOptions) => {
      process.exitCode = await checkCommand(file, o);
    });
  toolchainOptions(p.command('explain'), 'user')
    .description('why the AAPCS64 model places each argument where it does, next to what each compiler did')
    .argument('<file>', 'a C header with function prototypes')
    .option('--model-only', 'do not run the compilers')
    .option('--as <config>', "the model speaks this config's dialect (like clang-16/O0) and names the switches that moved each value")
    .action(async (file: string, o: ExplainOptions) => {
      process.exitCode = await explainCommand(file, o);
    });
  jitOptions(toolchainOptions(p.command('fuzz'), 'kernel', 'kernel (no floating point, <= 12 parameters) or user'))
    .description('a fuzz campaign: random prototypes through every config; each new finding is written as it is confirmed')
    .option('--seed <n>', 'campaign seed (default: from the clock; every report names it)')
    .option('--runs <n>', 'prototypes to check in all (default 200 unless --time is given)')
    .option('--time <duration>', 'stop starting new batches after this long: 90s, 10m, 1h')
    .option('--jobs <n>', 'parallel compiles (default: all cores)')
    .option('--shard <i/n>', 'this machine checks indices i, i+n, i+2n... of the campaign')
    .option('--out <dir>', 'where findings are written', 'abifuzz-out')
    .option('--corpus <dir>', 'skip findings whose signature a corpus entry already records')
    .option('--batch <n>', 'prototypes per oracle batch (default 200, fewer for a short campaign)')
    .option('--no-minimize', 'write findings as found, without minimizing them first')
    .option('--minimize-budget <percent>', `the share of the wall time minimizing may take; past it new findings are written as found (default ${DEFAULT_MINIMIZE_BUDGET} with --time, none with --runs)`)
    .option('--no-dialects', 'treat every finding as unknown: do not explain findings by the compilers\' known deviations (abifuzz dialects)')
    .option('--jit-only', 'with --jit: report only trampoline findings')
    .option('--json', 'print the summary as JSON')
    .option('--junit <file>', 'also write a JUnit XML report for CI dashboards')
    .action(async (o: FuzzOptions) => {
      process.exitCode = await fuzzCommand(o);
    });
  jitModesOption(toolchainOptions(p.command('jit-diff'), 'kernel', 'kernel (no floating point, <= 12 parameters) or user'))
    .description('fuzz two trampoline variants side by side; report where they behave differently and what ground truth says')
    .argument('<old>', 'the variant you start from (see docs/validate-your-jit-change.md)')
    .argument('<new>', 'the variant you want to send')
    .option('--seed <n>', 'campaign seed (default: from the clock)')
    .option('--runs <n>', 'prototypes to check (default 200 unless --time is given)')
    .option('--time <duration>', 'stop starting new batches after this long: 90s, 10m, 1h')
    .option('--jobs <n>', 'parallel compiles (default: all cores)')
    .option('--shard <i/n>', 'this machine checks indices i, i+n, i+2n...')
    .option('--batch <n>', 'prototypes per oracle batch (default 200, fewer for a short campaign)')
    .option('--out <dir>', 'where differing prototypes are written (under jit-diff/)', 'abifuzz-out')
    .option('--no-minimize', 'list each cause with a prototype as found, without minimizing it')
    .option('--json', 'print the report as JSON')
    .action(async (oldName: string, newName: string, o: JitDiffOptions) => {
      process.exitCode = await jitDiffCommand(oldName, newName, o);
    });
  p.command('jit')
    .description('the BPF trampoline variants')
    .command('list')
    .description('every trampoline variant --jit takes, with the kernel commits and date it mirrors')
    .action(() => {
      process.stdout.write(formatVariantList());
    });
  toolchainOptions(p.command('minimize'), 'user')
    .description('shrink a prototype while it keeps showing one finding, as fuzz does before writing it; a finding file\'s own configs are used unless --compilers is given')
    .argument('<file>', 'a finding .h or .json written by fuzz, or any C header')
    .option('--signature <signature>', 'the finding to keep (default: the one a finding file records, else the first one the file shows that no dialect explains, else the first; an unexplained one stays unexplained while it shrinks)')
    .option('--out <file>', 'write the minimized finding file here instead of to stdout')
    .action(async (file: string, o: MinimizeCliOptions) => {
      process.exitCode = await minimizeCommand(file, o);
    });
  toolchainOptions(p.command('replay'), undefined, "user or kernel (default: the one each entry records, else user)")
    .description('re-check every corpus entry; fail only where a recorded verdict changed')
    .argument('[dir]', 'corpus directory', 'corpus')
    .option('--json', 'print the results as JSON')
    .action(async (dir: string, o: { compilers?: string; opt: string; profile?: string; json?: boolean }) => {
      process.exitCode = await replayCommand(dir, o);
    });
  p.command('dialects')
    .description("every known compiler deviation the model speaks: which configs, the rule, why, a minimal example")
    .option('--as <config>', 'only the switches of this config (like clang-16/O0)')
    .option('--json', 'print them as JSON')
    .option('--target <name>', 'the architecture whose switches to list', DEFAULT_TARGET.name)
    .action((o: DialectsOptions) => {
      process.exitCode = dialectsCommand(o);
    });
  p.command('gen')
    .description('print the prototype a campaign checks at a seed and index (a root cause\'s example: seed S #I)')
    .requiredOption('--seed <n>', 'campaign seed')
    .requiredOption('--index <n>', 'prototype index')
    .option('--count <n>', 'this many, from the index on')
    .option('--profile <profile>', 'user or kernel', 'kernel')
    .action((o: GenOptions) => {
      process.exitCode = genCommand(o);
    });
  p.command('btf')
    .description("what the kernel knows of each prototype from real BTF (pahole on the compiler's DWARF), next to what abifuzz predicts")
    .argument('<file>', 'a C header with function prototypes')
    .option('--compiler <family>', 'gcc or clang (for _BitInt: gcc 12 has none)', 'gcc')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, o: { compiler: string; json?: boolean }) => {
      process.exitCode = await btfCommand(file, o);
    });
  p.command('doctor')
    .description('list the toolchains abifuzz can use and say how to install what is missing')
    .option('--packages', 'print the Debian packages docker/install.sh installs (every target\'s)')
    .option('--target <name>', 'the architecture whose toolchains to check', DEFAULT_TARGET.name)
    .action(async (o: { packages?: boolean; target?: string }) => {
      process.exitCode = await doctorCommand(o);
    });
  return p;
}

export async function runCli(argv: string[]): Promise<void> {
  watchStdout();
  try {
    await program().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
    } else if (e instanceof UserError || e instanceof CParseError) {
      process.stderr.write(`abifuzz: ${e.message}\n`);
      process.exitCode = e instanceof UserError ? e.exitCode : 2;
    } else if (ioErrorLine(e) !== undefined) {
      process.stderr.write(`abifuzz: ${ioErrorLine(e)}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`abifuzz: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 70;
    }
  }
}

/** Errors the machine, not abifuzz, causes when writing: one line that names the file. */
const IO_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device', EDQUOT: 'disk quota exceeded', EACCES: 'permission denied', EPERM: 'operation not permitted',
  EROFS: 'read-only file system', ENOTDIR: 'a part of the path is not a directory', EISDIR: 'it is a directory', EMFILE: 'too many open files',
};

function ioErrorLine(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException;
  const why = err?.code === undefined ? undefined : IO_ERRORS[err.code];
  return why === undefined ? undefined : `cannot ${err.syscall === 'open' || err.syscall === 'write' ? 'write' : 'use'} ${err.path ?? 'the output'}: ${why} (${err.code})`;
}

/**
 * A reader that stops early (`abifuzz check --json | head`) is no error: the run ends
 * quietly with the status it had earned. A full disk under a redirected stdout is one line.
 */
function watchStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`abifuzz: cannot write the output: ${IO_ERRORS[e.code ?? ''] ?? e.message}${e.code ? ` (${e.code})` : ''}\n`);
    process.exit(e.code === 'EPIPE' ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 2);
  });
}

