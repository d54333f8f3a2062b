// `abifuzz fuzz`: parse the options into a plan, run the campaign, print its summary.
import { join } from 'node:path';
import { runCampaign } from '../campaign/fuzz.js';
import { junitXml } from '../campaign/junit.js';
import { checkWritableFile, prepareOutput, writeReport } from '../campaign/store.js';
import { formatSummary } from '../campaign/summary.js';
import { campaignPlan, parseProfile, type CampaignCliOptions } from './options.js';
import { progressReporter } from './progress.js';

export interface FuzzOptions extends CampaignCliOptions {
  out: string;
  corpus?: string;
  json?: boolean;
  junit?: string;
}

export async function fuzzCommand(o: FuzzOptions): Promise<number> {
  const started = Date.now();
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
