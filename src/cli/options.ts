// The options several commands share, and their parsing into the plain values the
// campaign and the stages take. Parsing only: every bad value is one line (UserError).
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { parseDuration } from '../campaign/duration.js';
import { defaultBatch, dialectsOf, type Plan } from '../campaign/plan.js';
import { parseShard } from '../campaign/source.js';
import { knownCompilers, makeConfigs, parseOpts, type Config, type Profile } from '../toolchains/config.js';
import { installedCompilers, requireCompilers } from '../toolchains/tools.js';
import { DEFAULT_TARGET, TARGET_NAMES, targetNamed } from '../targets/index.js';
import type { Target } from '../targets/target.js';
import { UserError } from '../user-error.js';
import { jitRequestOf, type JitCliOptions } from './jit-options.js';

/** --compilers, --opt, --profile: the options of every command that runs compilers. */
export function toolchainOptions(cmd: Command, profileDefault: string | undefined, profileHelp = 'user or kernel'): Command {
  return cmd
    .option('--compilers <list>', 'comma-separated compiler ids (default: every installed one)')
    .option('--opt <list>', 'optimisation levels', 'O0,O2')
    .option('--profile <profile>', profileHelp, profileDefault)
    .option('--target <name>', `the architecture: ${TARGET_NAMES} (default ${DEFAULT_TARGET.name}; fuzz: also all, one after the other)`);
}

export interface ToolchainCliOptions { compilers?: string; opt: string; profile: string; target?: string }

/** The target a command's options name (--target), aarch64 when they name none. */
export const targetOf = (o: { target?: string }): Target => (o.target === undefined ? DEFAULT_TARGET : targetNamed(o.target));

export function parseProfile(p: string): Profile {
  if (p !== 'user' && p !== 'kernel') throw new UserError(`unknown profile '${p}': use user or kernel`);
  return p;
}

export function compilerIds(list: string | undefined, target: Target = DEFAULT_TARGET): string[] {
  if (list !== undefined) {
    const ids = list.split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length === 0) throw new UserError(`--compilers '${list}' names no compiler: give one or more of ${knownCompilers(target).map((c) => c.id).join(', ')}, or leave it out for every installed one`);
    requireCompilers(ids, target);
    return ids;
  }
  const found = installedCompilers(target);
  if (found.length === 0) throw new UserError(`no ${target.name} compiler installed: run \`bash docker/install.sh\` (see \`abifuzz doctor\`)`);
  return found.map((spec) => spec.id);
}

/** One config as reports name it (`clang-16/O0`), known whether or not it is installed. */
export function parseConfigId(text: string, option: string, profile: Profile, target: Target = DEFAULT_TARGET): Config {
  const [id, opt, ...rest] = text.split('/');
  if (!id || !opt || rest.length > 0) throw new UserError(`${option} takes a config as reports name it, like clang-16/O0, not '${text}'`);
  return makeConfigs([id], parseOpts(opt), profile, target)[0]!;
}

export function configsOf(o: ToolchainCliOptions): Config[] {
  const target = targetOf(o);
  return makeConfigs(compilerIds(o.compilers, target), parseOpts(o.opt), parseProfile(o.profile), target);
}

/** The options of a campaign (fuzz, jit-diff). */
export interface CampaignCliOptions extends ToolchainCliOptions, JitCliOptions {
  seed?: string;
  runs?: string;
  time?: string;
  jobs?: string;
  shard?: string;
  batch?: string;
  /** Commander's --no-minimize. */
  minimize: boolean;
  minimizeBudget?: string;
  /** Commander's --no-dialects. */
  dialects: boolean;
  jitOnly?: boolean;
}

/** A count option: a whole number, at least `min`. */
const count = (name: string, text: string | undefined, fallback: number, min = 0): number => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) throw new UserError(`--${name} takes a whole number${min > 0 ? ` from ${min}` : ''}, not '${text}'`);
  return n;
};

/** A percentage option: 0 to 100. */
const percent = (name: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text.trim().replace(/%$/, ''));
  if (!/^\d+(\.\d+)?%?$/.test(text.trim()) || n > 100) throw new UserError(`--${name} takes a percentage from 0 to 100, not '${text}'`);
  return n;
};

/**
 * A timed campaign's share of wall time for minimizing, in percent, unless told otherwise.
 * A round under way when the share runs out finishes, so a campaign overruns it by a
 * little: 15 keeps at least 80% of a 10-minute campaign for checking new prototypes.
 */
export const DEFAULT_MINIMIZE_BUDGET = 15;

/**
 * A timed campaign (--time) minimizes within DEFAULT_MINIMIZE_BUDGET percent of its wall
 * time unless told otherwise; one bounded by --runs has no budget unless given one, so
 * that the same seed writes the same findings on a fast machine and on a slow one.
 */
const minimizeBudgetOf = (text: string | undefined, timeMs: number | undefined): number | undefined =>
  text === undefined && timeMs === undefined ? undefined : percent('minimize-budget', text, DEFAULT_MINIMIZE_BUDGET) / 100;

export function campaignPlan(o: CampaignCliOptions, started: number): Plan {
  const shard = o.shard === undefined ? { index: 0, count: 1 } : parseShard(o.shard);
  if (!shard) throw new UserError(`--shard takes i/n with 0 <= i < n, not '${o.shard}'`);
  const timeMs = o.time === undefined ? undefined : parseDuration(o.time);
  if (o.time !== undefined && timeMs === undefined) throw new UserError(`--time takes a duration like 90s, 10m or 1h, not '${o.time}'`);
  const runs = o.runs === undefined ? (timeMs === undefined ? 200 : undefined) : count('runs', o.runs, 0);
  const configs = configsOf(o);
  if (o.jitOnly && o.jit === undefined) throw new UserError('--jit-only needs --jit VARIANT[,…]: say which trampoline variants to run');
  return {
    seed: count('seed', o.seed, started % 1_000_000),
    runs,
    deadline: timeMs === undefined ? undefined : started + timeMs,
    jobs: count('jobs', o.jobs, availableParallelism(), 1),
    shard,
    batch: count('batch', o.batch, defaultBatch(runs, shard), 1),
    configs,
    minimize: o.minimize !== false,
    minimizeBudget: minimizeBudgetOf(o.minimizeBudget, timeMs),
    jit: jitRequestOf(o),
    jitOnly: o.jitOnly === true,
    dialects: o.dialects === false ? new Map() : dialectsOf(configs),
  };
}
