// `abifuzz fuzz`: parse the options into a plan, run the campaign, print its summary.
import { join } from 'node:path';
import { runCampaign } from '../campaign/fuzz.js';
import { junitXml } from '../campaign/junit.js';
import { checkWritableFile, prepareOutput, writeReport } from '../campaign/store.js';
import { formatSummary, type CampaignSummary } from '../campaign/summary.js';
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

export async function fuzzCommand(o: FuzzOptions): Promise<number> {
  if (o.target !== 'all') {
    const summary = await fuzzOneTarget(o, Date.now());
    // The summary first: should the report file fail to write, the campaign's result is still seen.
    process.stdout.write(o.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
    if (o.junit) await writeReport(o.junit, junitXml(summary));
    return exitCode(summary);
  }
  const summaries = await fuzzEveryTarget(o);
  process.stdout.write(o.json ? JSON.stringify({ schema: 'abifuzz-fuzz-all/1', campaigns: summaries }, null, 2) + '\n' : summaries.map(formatSummary).join('\n'));
  for (const s of summaries) if (o.junit) await writeReport(junitOf(o.junit, s.target), junitXml(s));
  return Math.max(...summaries.map(exitCode));
}

/** With --target all, each target's JUnit report beside the one named: FILE-TARGET.xml. */
const junitOf = (file: string, target: string): string => file.replace(/(\.xml)?$/, `-${target}$1`);

const exitCode = (s: CampaignSummary): number => (s.newFindings.length > 0 ? 1 : 0);

/**
 * `--target all`: one campaign per target, one after the other, each with an equal share
 * of --time (what one leaves goes to the next), into OUT/TARGET, --junit FILE-TARGET.xml.
 */
async function fuzzEveryTarget(o: FuzzOptions): Promise<CampaignSummary[]> {
  const started = Date.now();
  const summaries: CampaignSummary[] = [];
  for (const [k, t] of TARGETS.entries()) {
    const now = Date.now();
    const share = o.time === undefined ? undefined : timeShare(o.time, started, now, TARGETS.length - k);
    process.stderr.write(`abifuzz fuzz --target all: ${t.name}${share === undefined ? '' : ` for ${Math.round(share / 1000)} s`}\n`);
    const own: FuzzOptions = {
      ...o, target: t.name, out: join(o.out, t.name),
      ...(share === undefined ? {} : { time: `${Math.max(1, Math.round(share / 1000))}s` }),
      ...(o.junit === undefined ? {} : { junit: junitOf(o.junit, t.name) }),
    };
    summaries.push(await fuzzOneTarget(own, now));
  }
  return summaries;
}

/** What is left of --time, shared among the `left` targets still to run. */
function timeShare(time: string, started: number, now: number, left: number): number {
  const total = parseDuration(time);
  if (total === undefined) throw new UserError(`--time takes a duration like 90s, 10m or 1h, not '${time}'`);
  return Math.max(0, started + total - now) / left;
}

async function fuzzOneTarget(o: FuzzOptions, started: number): Promise<CampaignSummary> {
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
  return summary;
}
