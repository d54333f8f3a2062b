// A campaign's plan: what to check (seed, shard, how many or how long), with which configs
// and trampolines, in batches of what size. Plain data; the cli parses it from options.
import type { JitRequest } from '../jit/plan.js';
import { dialectOf } from '../model/dialect.js';
import type { Dialect } from '../targets/target.js';
import type { Config } from '../toolchains/config.js';
import type { Shard } from './source.js';

export interface Plan {
  seed: number;
  runs: number | undefined;
  deadline: number | undefined;
  jobs: number;
  shard: Shard;
  batch: number;
  configs: Config[];
  minimize: boolean;
  /**
   * The share of the campaign's wall time minimization may take (0-1): past it, a finding
   * whose bucket is new is written as found, and one whose bucket is known is deferred.
   * Undefined: no budget, every new finding is minimized, so a --runs campaign's output
   * depends on its seed alone and not on how fast the machine is.
   */
  minimizeBudget: number | undefined;
  jit: JitRequest | undefined;
  /** Report only the trampoline findings (validating a JIT change). */
  jitOnly: boolean;
  /** Each config's dialect (dialectsOf): a finding they all predict is known, counted under its root cause. Empty: nothing is explained up front. */
  dialects: ReadonlyMap<string, Dialect>;
}

/** Every config's dialect: the switches of its target that name its compiler and opt level. */
export function dialectsOf(configs: readonly Config[]): Map<string, Dialect> {
  return new Map(configs.map((c) => [c.id, dialectOf(c.target, { family: c.compiler.family, version: c.compiler.version, opt: c.opt })]));
}

/**
 * 200 prototypes a batch: each batch pays fixed costs (compiler and emulator start-up, the
 * link against libc, a dozen process spawns) that at 100 were a tenth of the campaign.
 * A short campaign gets at least four batches, so compiling one overlaps running another.
 */
export function defaultBatch(runs: number | undefined, shard: Shard): number {
  if (runs === undefined) return 200;
  const mine = Math.ceil(Math.max(0, runs - shard.index) / shard.count);
  return Math.max(25, Math.min(200, Math.ceil(mine / 4)));
}

export const beforeDeadline = (plan: Plan): boolean => plan.deadline === undefined || Date.now() < plan.deadline;

/** The next batch of this shard's indices, or nothing when the campaign is over. */
export function nextBatch(indices: Generator<number>, plan: Plan): number[] {
  if (!beforeDeadline(plan)) return [];
  const out: number[] = [];
  while (out.length < plan.batch) {
    const i = indices.next().value as number;
    if (plan.runs !== undefined && i >= plan.runs) break;
    out.push(i);
  }
  return out;
}
