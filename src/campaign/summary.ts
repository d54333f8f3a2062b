// What a campaign reports: plain data for --json, rendered for humans by formatSummary.
export interface NewFinding {
  kind: string;
  signature: string;
  detail: string;
  origin: string;
  file: string;
  /** Parameters and record members before and after minimization. */
  size?: { before: number; after: number };
  minimizeSeconds?: number;
}

export interface CampaignSummary {
  schema: 'abifuzz-fuzz/1';
  seed: number;
  shard?: string;
  profile: string;
  configs: string[];
  checked: number;
  seconds: number;
  /** Every finding seen, by kind, duplicates included. */
  findingsByKind: Record<string, number>;
  /** Findings whose signature was already known (this campaign or the corpus). */
  duplicates: number;
  newFindings: NewFinding[];
  out: string;
}

export function formatSummary(s: CampaignSummary): string {
  const rate = s.seconds > 0 ? s.checked / s.seconds : 0;
  const kinds = Object.entries(s.findingsByKind).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const lines = [
    `abifuzz fuzz: seed ${s.seed}${s.shard ? `, shard ${s.shard}` : ''}, ${s.profile} profile, ${s.configs.length} configs [${s.configs.join(' ')}]`,
    `  ${s.checked} prototypes in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)}/s)`,
    `  findings by kind: ${kinds}; ${s.duplicates} with a known signature`,
    `  ${s.newFindings.length} new finding(s)${s.newFindings.length ? ` written to ${s.out}:` : ''}`,
    ...s.newFindings.map((f) => `    ${f.file}  ${f.signature}`),
  ];
  return lines.join('\n') + '\n';
}
