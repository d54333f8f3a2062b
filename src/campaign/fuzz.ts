// A fuzz campaign: prototypes from (seed, index), observed batch by batch (the oracle, then
// the JIT stage when asked), their findings triaged, each new one minimized and written the
// moment it is confirmed.
import type { Profile } from '../toolchains/config.js';
import { deviatingConfigs } from '../diff/compare-jit.js';
import { findingsFor } from '../diff/findings.js';
import { rootCauser } from '../diff/root-cause.js';
import { compilerOf } from '../diff/signature.js';
import type { PrototypeInput } from '../data/prototype.js';
import { observeBatches } from './batches.js';
import { beforeDeadline, nextBatch, type Plan } from './plan.js';
import { join } from 'node:path';
import { knownFromCorpus } from './replay.js';
import { headersUnder, knownUnder, removeLeftovers } from './store.js';
import { prototypeAt, shardIndices } from './source.js';
import type { CampaignSummary } from './summary.js';
import { consider, reportable, tallyJit, type Campaign } from './triage.js';
import { Coverage } from './coverage.js';
import { modelView } from '../model/view.js';
import { coverDialects } from './dialect-coverage.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import type { Target } from '../targets/target.js';

export interface CampaignOptions {
  profile: Profile;
  /** Where findings are written (under findings/). */
  out: string;
  /** A corpus whose knowledge the campaign starts from. */
  corpus?: string;
  /** As the user wrote it, for reports. */
  shard?: string;
  /** Once what the campaign starts from (the corpus, the findings in `out`) is loaded. */
  ready?: () => void;
  /** After each batch: prototypes checked, findings seen, new findings. */
  progress?: (checked: number, findings: number, fresh: number) => void;
}

export async function runCampaign(asked: Plan, o: CampaignOptions, started = Date.now()): Promise<CampaignSummary> {
  const fromCorpus = o.corpus ? await knownFromCorpus(o.corpus, asked.configs) : undefined;
  const known = fromCorpus?.known ?? new Map<string, string[][]>();
  const resumed = await resume(join(o.out, 'findings'), known, asked.configs[0]?.target ?? DEFAULT_TARGET);
  const plan = exploringFor(asked, started);
  const ids = plan.configs.map((c) => c.id);
  const summary: CampaignSummary = {
    schema: 'abifuzz-fuzz/1', seed: plan.seed, shard: o.shard, profile: o.profile, target: (plan.configs[0]?.target ?? DEFAULT_TARGET).name, configs: ids,
    checked: 0, seconds: 0, findingsByKind: {}, duplicates: 0, consequences: 0, rootCauses: [], minimizations: { count: 0, seconds: 0, known: 0 }, newFindings: [], out: o.out,
    ...(resumed > 0 ? { resumed } : {}),
    ...(fromCorpus ? { corpus: fromCorpus.corpus } : {}),
  };
  const campaign: Campaign = { plan, known, summary, out: o.out, started };
  const coverage = Coverage.forProfile(o.profile);
  const target = plan.configs[0]?.target ?? DEFAULT_TARGET;
  o.ready?.();
  const indices = shardIndices(plan.shard);
  const next = (): PrototypeInput[] => nextBatch(indices, plan).map((i) => prototypeAt(plan.seed, i, o.profile));
  for await (const { inputs, observations, jit } of observeBatches(next, { configs: plan.configs, jobs: plan.jobs, jit: plan.jit }, () => beforeDeadline(plan))) {
    for (const obs of observations) {
      const input = inputs[obs.index]!;
      const outcomes = jit?.[obs.index];
      // Traced, for coverage: the placements are those of an untraced prediction.
      const view = modelView(input, target, true);
      coverage.add(input, view.prediction, target.rules);
      coverDialects(coverage, input, target, plan.dialects, view);
      const all = findingsFor(obs, input, plan.configs, { jit: outcomes, view });
      if (outcomes) tallyJit(summary, outcomes, deviatingConfigs(all));
      const compiled = new Set(obs.configs.filter((c) => c.status === 'ok').map((c) => compilerOf(c.config)));
      const seen = { input, all, compiled, rootCause: rootCauser(obs, input, plan.configs[0]!.target, plan.dialects) };
      for (const f of all) if (reportable(f, plan)) await consider(f, seen, campaign);
    }
    summary.checked += inputs.length;
    o.progress?.(summary.checked, Object.values(summary.findingsByKind).reduce((a, b) => a + b, 0), summary.newFindings.length);
  }
  summary.coverage = coverage.summary();
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/**
 * --time is time spent exploring: running the corpus first (a minute or more on a busy
 * machine) moves the deadline, so that a short campaign never ends before its first batch.
 */
const exploringFor = (plan: Plan, started: number): Plan =>
  plan.deadline === undefined ? plan : { ...plan, deadline: plan.deadline + (Date.now() - started) };

/**
 * A campaign on an --out that holds findings already (a rerun after a kill, another shard)
 * starts from them: their signatures are known. Leftovers of a killed run are removed.
 * Returns how many findings were there.
 */
async function resume(dir: string, known: Map<string, string[][]>, target: Target): Promise<number> {
  await removeLeftovers(dir);
  const files = await headersUnder(dir).catch(() => [] as string[]);
  if (files.length === 0) return 0;
  for (const [bucket, features] of await knownUnder(dir, target)) known.set(bucket, [...(known.get(bucket) ?? []), ...features]);
  return files.length;
}
