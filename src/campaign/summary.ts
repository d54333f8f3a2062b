// What a campaign reports: plain data for --json, rendered for humans by formatSummary.
import { formatCoverage, type CoverageSummary } from './coverage.js';

export interface NewFinding {
  kind: string;
  signature: string;
  /** The other signatures the written prototype shows: known from then on, no files of their own. */
  alsoShows: string[];
  detail: string;
  origin: string;
  file: string;
  /** The shrinker's weighted size (src/shrink/size.ts) before and after minimization. */
  size?: { before: number; after: number };
  minimizeSeconds?: number;
  /** The minimized prototype: parameters, and members of its records. */
  shape?: { params: number; members: number };
}

/** Findings a known compiler deviation explains, under one root cause (a set of dialect switches). */
export interface RootCauseCount {
  /** The switches, joined with ' + '. */
  cause: string;
  findings: number;
  byKind: Record<string, number>;
  /** The first prototype that showed it: `seed S #I`, reproducible with `abifuzz explain --seed S --index I`. */
  example: string;
}

/** What a corpus brings a campaign: entries whose findings the dialects explain, and those that hold something they do not (known by signature only). */
export interface CorpusKnowledge { dir: string; entries: number; explained: number; open: number }

export interface CampaignSummary {
  schema: 'abifuzz-fuzz/1';
  seed: number;
  shard?: string;
  profile: string;
  /** The architecture the configs compile for. */
  target: string;
  configs: string[];
  checked: number;
  seconds: number;
  /** Every finding seen, by kind, duplicates included. */
  findingsByKind: Record<string, number>;
  /** With --jit: per trampoline variant, its findings by kind (jit-btf-hole and btf-overcautious among them), duplicates included. */
  findingsByVariant?: Record<string, Record<string, number>>;
  /** Findings whose signature was already known (this campaign or the corpus). */
  duplicates: number;
  /** Findings about a plain parameter that an earlier parameter's finding moved (isConsequence). */
  consequences: number;
  /** Findings every involved config's dialect predicts, by root cause, most frequent first: known, never minimized or written. */
  rootCauses: RootCauseCount[];
  /** Findings past the minimization budget whose bucket (kind, value, compiler split) was on file already: not written. */
  deferred?: number;
  /** Every minimization run: those whose result turned out known included. */
  minimizations: { count: number; seconds: number; known: number };
  newFindings: NewFinding[];
  out: string;
  /** With --corpus: its entries, those the dialects explain and those known by signature only. */
  corpus?: CorpusKnowledge;
  /** Findings already in `out` when the campaign started: it resumed from them. */
  resumed?: number;
  /** With --jit: per variant, trampoline runs by verdict (correct, corrupts, refused, not-run, and not-judged: in a config that deviates from the model, see compare-jit.ts). */
  jitRuns?: Record<string, Record<string, number>>;
  /** Which rules and type features the prototypes checked exercised (coverage.ts). */
  coverage?: CoverageSummary;
}

export function formatSummary(s: CampaignSummary): string {
  const rate = s.seconds > 0 ? s.checked / s.seconds : 0;
  const kinds = Object.entries(s.findingsByKind).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const lines = [
    `abifuzz fuzz: seed ${s.seed}${s.shard ? `, shard ${s.shard}` : ''}, ${s.target}, ${s.profile} profile, ${s.configs.length} configs [${s.configs.join(' ')}]`,
    `  ${s.checked} prototypes in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)}/s)`,
    `  findings by kind: ${kinds}; ${explained(s)} explained by known compiler deviations, ${s.duplicates} with a known signature, ${s.consequences} about a plain parameter an earlier one moved`,
    ...rootCauseLines(s.rootCauses),
    ...Object.entries(s.jitRuns ?? {}).map(([v, n]) => `  jit ${v}: ${Object.entries(n).map(([k, c]) => `${c} ${k}`).join(', ')} (runs: configs x modes x prototypes)${variantFindings(s, v)}`),
    ...(s.corpus ? [`  --corpus ${s.corpus.dir}: ${s.corpus.entries} entries, ${s.corpus.explained} explained by known compiler deviations, ${s.corpus.open} holding what no dialect explains (known by signature)`] : []),
    ...(s.resumed ? [`  resumed from ${s.resumed} finding(s) already in ${s.out}/findings: their signatures count as known`] : []),
    `  ${s.newFindings.length} new finding(s)${s.newFindings.length ? ` written to ${s.out}/findings:` : ''}`,
    ...minimizationLines(s.newFindings),
    ...(s.deferred ? [`  ${s.deferred} finding(s) past the minimization budget deferred: the same kind of disagreement between the same compilers is on file (--minimize-budget)`] : []),
    ...(s.minimizations.count > s.newFindings.length ? [`  minimizing: ${s.minimizations.count} runs in ${s.minimizations.seconds.toFixed(0)} s, ${s.minimizations.known} of them ending in a known signature`] : []),
    ...s.newFindings.map((f) => `    ${f.file}  ${f.signature}${f.alsoShows.length ? ` (+${f.alsoShows.length} more)` : ''}`),
    ...(s.coverage ? formatCoverage(s.coverage) : []),
  ];
  return lines.join('\n') + '\n';
}

const variantFindings = (s: CampaignSummary, v: string): string => {
  const k = s.findingsByVariant?.[v];
  return k ? `; findings: ${Object.entries(k).map(([kind, n]) => `${kind} ${n}`).join(', ')}` : '';
};

const explained = (s: CampaignSummary): number => s.rootCauses.reduce((n, r) => n + r.findings, 0);

function rootCauseLines(causes: RootCauseCount[]): string[] {
  if (causes.length === 0) return [];
  return [`  root causes (dialect switches, see \`abifuzz dialects\`):`, ...causes.map((r) => `    ${String(r.findings).padStart(6)}  ${r.cause}  (e.g. ${r.example})`)];
}

const median = (xs: number[]): number => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length === 0 ? 0 : v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};

function minimizationLines(fs: NewFinding[]): string[] {
  const m = fs.filter((f) => f.shape && f.minimizeSeconds !== undefined);
  if (m.length === 0) return [];
  const secs = m.map((f) => f.minimizeSeconds!);
  return [`  minimized to a median of ${median(m.map((f) => f.shape!.params))} parameter(s) and ${median(m.map((f) => f.shape!.members))} record member(s); ${median(secs).toFixed(1)} s median, ${secs.reduce((a, b) => a + b, 0).toFixed(0)} s in all`];
}
