// What a campaign does with each finding it sees: count it, set it aside as a consequence,
// as explained by a known compiler deviation (its root cause) or as a known signature, or
// minimize it and write it. The campaign's state (what is known, the
// summary so far) travels as one value.
import { join } from 'node:path';
import type { JitOutcome } from '../data/jit-outcome.js';
import type { PrototypeInput } from '../data/prototype.js';
import { rootCauseName, type RootCause } from '../diff/root-cause.js';
import { isConsequence, isKnown, remember, type SignedFinding } from '../diff/signature.js';
import { verdictOf } from '../jit/diff-variants.js';
import { minimizeFinding, type MinimizedFinding } from '../shrink/minimize-finding.js';
import { extentOf } from '../shrink/size.js';
import { signaturesShown } from './finding-file.js';
import type { Plan } from './plan.js';
import { writeFinding } from './store.js';
import type { CampaignSummary } from './summary.js';

/** What a campaign carries from finding to finding. */
export interface Campaign {
  plan: Plan;
  known: Map<string, string[][]>;
  summary: CampaignSummary;
  out: string;
  /** When the campaign started (ms): the minimization budget is a share of the time since. */
  started: number;
}

/** One prototype's findings; `compiled`: the compilers that compiled it (see isKnown); `rootCause`: diff/root-cause.ts. */
export interface Observed {
  input: PrototypeInput;
  all: SignedFinding[];
  compiled: ReadonlySet<string>;
  rootCause: (f: SignedFinding) => RootCause | undefined;
}

export async function consider(f: SignedFinding, seen: Observed, c: Campaign): Promise<void> {
  const { summary, known, plan } = c;
  summary.findingsByKind[f.kind] = (summary.findingsByKind[f.kind] ?? 0) + 1;
  if (f.variant !== undefined) {
    const v = ((summary.findingsByVariant ??= {})[f.variant] ??= {});
    v[f.kind] = (v[f.kind] ?? 0) + 1;
  }
  if (isConsequence(f, seen.all)) {
    summary.consequences++;
    return;
  }
  const cause = seen.rootCause(f);
  if (cause) {
    countRootCause(summary, cause, f, seen.input.origin);
    return;
  }
  if (isKnown(f, known, seen.compiled)) {
    summary.duplicates++;
    return;
  }
  const allowance = minimizationAllowance(c);
  const affordable = plan.minimize && allowance > 0;
  if (plan.minimize && !affordable && known.has(f.bucket)) {
    // Over budget, and the same kind of disagreement between the same compilers is on file.
    summary.deferred = (summary.deferred ?? 0) + 1;
    return;
  }
  const m = affordable ? await minimizeFinding(f, seen.input, plan.configs, { jit: plan.jit, until: Number.isFinite(allowance) ? Date.now() + allowance : undefined, unexplainedBy: plan.dialects }) : undefined;
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
  const meta = { origin, configs: summary.configs, profile: summary.profile, date, signatures, kinds: all.map((x) => x.kind), jit: plan.jit, target: plan.configs[0]?.target.name };
  const file = await writeFinding(join(out, 'findings'), finding, m?.input ?? seen.input, meta);
  if (file === undefined) {
    // Another campaign on the same directory wrote it first.
    summary.duplicates++;
    return;
  }
  summary.newFindings.push({
    kind: finding.kind, signature: finding.signature, alsoShows: signatures.slice(1), detail: finding.detail, origin, file,
    ...(m ? { size: { before: m.size.before, after: m.size.after }, minimizeSeconds: m.seconds, shape: extentOf(m.input) } : {}),
  });
}

/**
 * How long (ms) a minimization starting now may run and keep minimizing within its share b
 * of the wall time: M + t <= b (E + t), so t <= (b E - M) / (1 - b). Infinity: no budget;
 * 0: the budget is spent. (A round under way when it ends still finishes: seconds at most.)
 */
function minimizationAllowance({ plan, summary, started }: Campaign): number {
  const b = plan.minimizeBudget;
  if (b === undefined || b >= 1) return Infinity;
  const elapsed = (Date.now() - started) / 1000;
  return (1000 * Math.max(0, b * elapsed - summary.minimizations.seconds)) / (1 - b);
}

/** Keeps the summary's root causes most frequent first (a handful: a linear walk). */
function countRootCause(summary: CampaignSummary, cause: RootCause, f: SignedFinding, origin: string): void {
  const name = rootCauseName(cause);
  let r = summary.rootCauses.find((x) => x.cause === name);
  if (!r) summary.rootCauses.push((r = { cause: name, findings: 0, byKind: {}, example: origin }));
  r.findings++;
  r.byKind[f.kind] = (r.byKind[f.kind] ?? 0) + 1;
  summary.rootCauses.sort((a, b) => b.findings - a.findings);
}

/** With --jit-only, a campaign reports the trampoline's (and the BTF filter's) findings alone. */
export const reportable = (f: SignedFinding, plan: Plan): boolean => !plan.jitOnly || f.variant !== undefined;

/** Runs by verdict; a run in a config that deviates from the model is not judged (compare-jit.ts). */
export function tallyJit(summary: CampaignSummary, outcomes: JitOutcome[], deviating: Set<string>): void {
  const runs = (summary.jitRuns ??= {});
  for (const o of outcomes) {
    const kind = o.status === 'ran' && deviating.has(o.config) ? 'not-judged' : verdictOf(o).kind;
    const v = (runs[o.variant] ??= {});
    v[kind] = (v[kind] ?? 0) + 1;
  }
}
