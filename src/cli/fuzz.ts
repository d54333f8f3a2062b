// `abifuzz fuzz`: generate prototypes from (seed, index), run them through the oracle in
// batches, and write every finding with a new signature the moment it is confirmed.
import { availableParallelism } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDuration } from '../campaign/duration.js';
import { junitXml } from '../campaign/junit.js';
import { progressReporter } from '../campaign/progress.js';
import { parseShard, prototypeAt, shardIndices, type Shard } from '../campaign/source.js';
import { writeFinding } from '../campaign/store.js';
import { signaturesShown } from '../campaign/finding-file.js';
import { knownFromCorpus } from '../campaign/replay.js';
import { formatSummary, type CampaignSummary, type NewFinding } from '../campaign/summary.js';
import { findingsFor } from '../diff/findings.js';
import { deviatingConfigs } from '../diff/compare-jit.js';
import { compilerOf, isConsequence, isKnown, remember, type SignedFinding } from '../diff/signature.js';
import { minimizeFinding, type MinimizedFinding } from '../shrink/minimize-finding.js';
import { extentOf } from '../shrink/size.js';
import { observeBatches } from '../campaign/batches.js';
import type { PrototypeInput } from '../data/prototype.js';
import { makeConfigs, parseOpts, type Config } from '../oracle/toolchains.js';
import { compilerIds, parseProfile } from './check.js';
import { jitRequestOf, type JitCliOptions } from './jit-options.js';
import { UserError } from './user-error.js';
import type { JitRequest } from '../jit/plan.js';
import type { JitOutcome } from '../data/jit-outcome.js';
import { verdictOf } from '../jit/diff-variants.js';

export interface FuzzOptions extends JitCliOptions {
  seed?: string;
  runs?: string;
  time?: string;
  jobs?: string;
  shard?: string;
  profile: string;
  compilers?: string;
  opt: string;
  out: string;
  corpus?: string;
  json?: boolean;
  junit?: string;
  batch?: string;
  /** Commander's --no-minimize. */
  minimize: boolean;
  jitOnly?: boolean;
}

export interface Plan {
  seed: number;
  runs: number | undefined;
  deadline: number | undefined;
  jobs: number;
  shard: Shard;
  batch: number;
  configs: Config[];
  minimize: boolean;
  jit: JitRequest | undefined;
  /** Report only the trampoline findings (validating a JIT change). */
  jitOnly: boolean;
}

const positiveInt = (name: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`--${name} takes a whole number, not '${text}'`);
  return n;
};

export async function planOf(o: FuzzOptions, started: number): Promise<Plan> {
  const shard = o.shard === undefined ? { index: 0, count: 1 } : parseShard(o.shard);
  if (!shard) throw new UserError(`--shard takes i/n with 0 <= i < n, not '${o.shard}'`);
  const timeMs = o.time === undefined ? undefined : parseDuration(o.time);
  if (o.time !== undefined && timeMs === undefined) throw new UserError(`--time takes a duration like 90s, 10m or 1h, not '${o.time}'`);
  const runs = o.runs === undefined ? (timeMs === undefined ? 200 : undefined) : positiveInt('runs', o.runs, 0);
  const configs = makeConfigs(compilerIds(o.compilers), parseOpts(o.opt), parseProfile(o.profile));
  if (o.jitOnly && o.jit === undefined) throw new UserError('--jit-only needs --jit VARIANT[,…]: say which trampoline variants to run');
  return {
    seed: positiveInt('seed', o.seed, started % 1_000_000),
    runs,
    deadline: timeMs === undefined ? undefined : started + timeMs,
    jobs: Math.max(1, positiveInt('jobs', o.jobs, availableParallelism())),
    shard,
    batch: Math.max(1, positiveInt('batch', o.batch, defaultBatch(runs, shard))),
    configs,
    minimize: o.minimize !== false,
    jit: jitRequestOf(o),
    jitOnly: o.jitOnly === true,
  };
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

export async function fuzzCommand(o: FuzzOptions): Promise<number> {
  const started = Date.now();
  const plan = await planOf(o, started);
  const profile = parseProfile(o.profile);
  const known = o.corpus ? await knownFromCorpus(o.corpus, plan.configs) : new Map<string, string[][]>();
  const ids = plan.configs.map((c) => c.id);
  const summary: CampaignSummary = {
    schema: 'abifuzz-fuzz/1', seed: plan.seed, shard: o.shard, profile, configs: ids,
    checked: 0, seconds: 0, findingsByKind: {}, duplicates: 0, consequences: 0, minimizations: { count: 0, seconds: 0, known: 0 }, newFindings: [], out: o.out,
  };
  const campaign: Campaign = { plan, known, summary, out: o.out };
  const total = plan.runs === undefined ? undefined : Math.ceil((plan.runs - plan.shard.index) / plan.shard.count);
  const progress = progressReporter(total, plan.deadline, started);
  const indices = shardIndices(plan.shard);
  process.stderr.write(`abifuzz fuzz: seed ${plan.seed}${o.shard ? `, shard ${o.shard}` : ''}; findings go to ${join(o.out, 'findings')}\n`);
  const next = (): PrototypeInput[] => nextBatch(indices, plan).map((i) => prototypeAt(plan.seed, i, profile));
  for await (const { inputs, observations, jit } of observeBatches(next, { configs: plan.configs, jobs: plan.jobs, jit: plan.jit }, () => beforeDeadline(plan))) {
    for (const obs of observations) {
      const input = inputs[obs.index]!;
      const outcomes = jit?.[obs.index];
      const all = findingsFor(obs, input, ids, { jit: outcomes });
      if (outcomes) tallyJit(summary, outcomes, deviatingConfigs(all));
      const seen = { input, all, compiled: new Set(obs.configs.filter((c) => c.status === 'ok').map((c) => compilerOf(c.config))) };
      for (const f of all) if (reportable(f, plan)) await consider(f, seen, campaign);
    }
    summary.checked += inputs.length;
    progress.update({ checked: summary.checked, findings: Object.values(summary.findingsByKind).reduce((a, b) => a + b, 0), fresh: summary.newFindings.length });
  }
  progress.done();
  summary.seconds = (Date.now() - started) / 1000;
  if (o.junit) await writeFile(o.junit, junitXml(summary));
  process.stdout.write(o.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
  return summary.newFindings.length > 0 ? 1 : 0;
}

/** What a campaign carries from finding to finding. */
interface Campaign {
  plan: Plan;
  known: Map<string, string[][]>;
  summary: CampaignSummary;
  out: string;
}

/** One prototype's findings; `compiled`: the compilers that compiled it (see isKnown). */
interface Observed {
  input: PrototypeInput;
  all: SignedFinding[];
  compiled: ReadonlySet<string>;
}

async function consider(f: SignedFinding, seen: Observed, c: Campaign): Promise<void> {
  const { summary, known, plan } = c;
  summary.findingsByKind[f.kind] = (summary.findingsByKind[f.kind] ?? 0) + 1;
  if (isConsequence(f, seen.all)) {
    summary.consequences++;
    return;
  }
  if (isKnown(f, known, seen.compiled)) {
    summary.duplicates++;
    return;
  }
  const m = plan.minimize ? await minimizeFinding(f, seen.input, plan.configs, undefined, plan.jit) : undefined;
  if (m) {
    summary.minimizations.count++;
    summary.minimizations.seconds += m.seconds;
  }
  // The minimized finding names its cause; it may turn out to be one already written.
  if (m && isKnown(m.finding, known)) {
    summary.duplicates++;
    summary.minimizations.known++;
    remember(f, known);
    return;
  }
  await record(f, seen, m, c);
}

/**
 * Writes a new finding, minimized when `m` is given. One root cause usually shows as several
 * findings (a layout split moves arguments and breaks caller-callee pairs): the file records
 * every signature its prototype shows, so the prototype's other findings are known from here
 * on and get no file of their own.
 */
async function record(f: SignedFinding, seen: Observed, m: MinimizedFinding | undefined, { plan, known, summary, out }: Campaign): Promise<void> {
  const finding = m?.finding ?? f;
  const all = m?.all ?? seen.all;
  const shown = all.filter((g) => reportable(g, plan));
  const signatures = signaturesShown(finding, shown);
  for (const g of [finding, ...shown]) remember(g, known);
  const date = new Date().toISOString().slice(0, 10);
  const origin = m ? `${seen.input.origin}, minimized` : seen.input.origin;
  const meta = { origin, configs: summary.configs, profile: summary.profile, date, signatures, kinds: all.map((x) => x.kind), jit: plan.jit };
  const file = await writeFinding(join(out, 'findings'), summary.newFindings.length + 1, finding, m?.input ?? seen.input, meta);
  summary.newFindings.push({
    kind: finding.kind, signature: finding.signature, alsoShows: signatures.slice(1), detail: finding.detail, origin, file,
    ...(m ? { size: { before: m.size.before, after: m.size.after }, minimizeSeconds: m.seconds, shape: extentOf(m.input) } : {}),
  });
}

/** With --jit-only, a campaign reports the trampoline's findings alone. */
const reportable = (f: SignedFinding, plan: Plan): boolean => !plan.jitOnly || f.kind.startsWith('jit-');

/** Runs by verdict; a run in a config that deviates from the model is not judged (compare-jit.ts). */
function tallyJit(summary: CampaignSummary, outcomes: JitOutcome[], deviating: Set<string>): void {
  const runs = (summary.jitRuns ??= {});
  for (const o of outcomes) {
    const kind = o.status === 'ran' && deviating.has(o.config) ? 'not-judged' : verdictOf(o).kind;
    const v = (runs[o.variant] ??= {});
    v[kind] = (v[kind] ?? 0) + 1;
  }
}
