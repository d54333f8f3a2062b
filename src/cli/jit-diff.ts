// `abifuzz jit-diff OLD NEW`: fuzz two trampoline variants side by side and report every
// prototype where they behave differently, with what ground truth says about each. Exit
// 1 when NEW corrupts something OLD got right or refused (a regression), else 0.
import { runJitDiff, type JitDiffSummary } from '../campaign/jit-diff.js';
import { describeVerdict } from '../jit/diff-variants.js';
import { jitRequest } from '../jit/plan.js';
import { UserError } from '../user-error.js';
import { campaignPlan, targetOf, type CampaignCliOptions } from './options.js';

export type JitDiffOptions = Omit<CampaignCliOptions, 'jit'> & { out: string; json?: boolean };

export async function jitDiffCommand(oldName: string, newName: string, o: JitDiffOptions): Promise<number> {
  if (oldName === newName) throw new UserError(`jit-diff compares two different variants, got '${oldName}' twice`);
  const started = Date.now();
  const jit = jitRequest(`${oldName},${newName}`, o.jitModes, o.btfFilter, targetOf(o));
  const plan = campaignPlan(o, started);
  const summary = await runJitDiff(plan, jit, o.out, started);
  process.stdout.write(o.json ? JSON.stringify(summary, null, 2) + '\n' : formatDiff(summary));
  return summary.regressions > 0 ? 1 : 0;
}

function formatDiff(s: JitDiffSummary): string {
  const lines: string[] = [];
  for (const d of s.prototypes) {
    lines.push(`${d.prototype}    [${d.origin}, ${d.file}]`);
    for (const x of d.differences) {
      lines.push(`  ${x.mode} ${x.config}${x.regression ? '  REGRESSION' : ''}`);
      lines.push(`    ${s.old}: ${describeVerdict(x.old)}`);
      lines.push(`    ${s.new}: ${describeVerdict(x.new)}`);
    }
  }
  lines.push(`${s.checked} prototypes (seed ${s.seed}) in ${s.seconds.toFixed(0)} s: ${s.differing} behave differently under ${s.old} and ${s.new}, ${s.regressions} with a regression in ${s.new}`);
  if (s.causes.length > 0) lines.push('', `By cause (${s.old} -> ${s.new}), one prototype each:`);
  for (const c of s.causes) {
    const about = c.features.length > 0 ? ` [${c.features.join(',')}]` : '';
    lines.push(`  ${c.regression ? 'REGRESSION ' : ''}${c.cause}${about}: ${c.count} prototype(s)`, `    ${c.prototype}    [${c.file}]`);
  }
  return lines.join('\n') + '\n';
}
