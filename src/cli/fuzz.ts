// `abifuzz fuzz`: parse the options into a plan, run the campaign, print its summary.
import { join } from 'node:path';
import { runCampaign } from '../campaign/fuzz.js';
import { junitXml } from '../campaign/junit.js';
import { checkWritableFile, prepareOutput, writeReport } from '../campaign/store.js';
import { formatSummary } from '../campaign/summary.js';
import { campaignPlan, parseProfile, type CampaignCliOptions } from './options.js';
import { progressReporter } from './progress.js';
import { parseDuration } from '../campaign/duration.js';
import { TARGETS } from '../targets/index.js';
import { UserError } from '../user-error.js';

export interface FuzzOptions extends CampaignCliOptions {
  out: string;
  corpus?: string;
  json?: boolean;
  junit?: string;
}

/** `--target all`: one campaign per target, one after the other, each with an equal share of --time, into OUT/TARGET. */
export async function fuzzCommand(o: FuzzOptions): Promise<number> {
  if (o.target !== 'all') return fuzzOneTarget(o, Date.now());
  const started = Date.now();
  let status = 0;
  for (const [k, t] of TARGETS.entries()) {
    const now = Date.now();
    const share = o.time === undefined ? undefined : timeShare(o.time, started, now, TARGETS.length - k);
    process.stderr.write(`abifuzz fuzz --target all: ${t.name}${share === undefined ? '' : ` for ${Math.round(share / 1000)} s`}\n`);
    const own = { ...o, target: t.name, out: join(o.out, t.name), ...(share === undefined ? {} : { time: `${Math.max(1, Math.round(share / 1000))}s` }) };
    status = Math.max(status, await fuzzOneTarget(own, now));
  }
  return status;
}

/** What is left of --time, shared among the `left` targets still to run. */
function timeShare(time: string, started: number, now: number, left: number): number {
  const total = parseDuration(time);
  if (total === undefined) throw new UserError(`--time takes a duration like 90s, 10m or 1h, not '${time}'`);
  return Math.max(0, started + total - now) / left;
}

async function fuzzOneTarget(o: FuzzOptions, started: number): Promise<number> {
  const plan = campaignPlan(o, started);
  await prepareOutput(o.out);
  if (o.junit !== undefined) await checkWritableFile('--junit', o.junit);
  const total = plan.runs === undefined ? undefined : Math.ceil((plan.runs - plan.shard.index) / plan.shard.count);
  const progress = progressReporter(total, plan.deadline, started);
  const summary = await runCampaign(plan, {
    profile: parseProfile(o.profile), out: o.out, corpus: o.corpus, shard: o.shard,
    ready: () => process.stderr.write(`abifuzz fuzz: seed ${plan.seed}${o.shard ? `, shard ${o.shard}` : ''}; findings go to ${join(o.out, 'findings')}\n`),
    progress: (checked, findings, fresh) => progress.update({ checked, findings, fresh }),
  }, started);
  progress.done();
  // The summary first: should the report file fail to write, the campaign's result is still seen.
  process.stdout.write(o.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
  if (o.junit) await writeReport(o.junit, junitXml(summary));
  return summary.newFindings.length > 0 ? 1 : 0;
}
