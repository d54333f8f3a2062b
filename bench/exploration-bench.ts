// Exploration: how much of a campaign goes to checking new prototypes. Two 2-minute
// user-profile campaigns from one seed with every installed compiler, as the README runs
// them: one minimizing what it finds, one with --no-minimize; prototypes checked per second
// of the first against the second (target >= 80%). Where the first one's time went is
// printed from its summary.
import { execa } from 'execa';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SEED = Number(process.env.BENCH_SEED ?? 20261122);
const TIME = process.env.BENCH_EXPLORE_TIME ?? '2m';

interface Summary { checked: number; seconds: number; minimizations: { count: number; seconds: number }; newFindings: unknown[]; rootCauses: { findings: number }[] }

async function campaign(...extra: string[]): Promise<Summary> {
  const out = mkdtempSync(join(tmpdir(), 'abifuzz-explore-'));
  const r = await execa('node', ['dist/src/cli/main.js', 'fuzz', '--time', TIME, '--seed', String(SEED), '--profile', 'user', '--out', out, '--json', ...extra], { reject: false });
  return JSON.parse(r.stdout) as Summary;
}

const rate = (s: Summary): number => s.checked / s.seconds;

const minimizing = await campaign();
const exploring = await campaign('--no-minimize');
const explained = minimizing.rootCauses.reduce((n, r) => n + r.findings, 0);
console.log(`7. exploration, ${TIME} user campaigns from seed ${SEED}: ${rate(minimizing).toFixed(1)} prototypes/s minimizing, ${rate(exploring).toFixed(1)} with --no-minimize = ${((100 * rate(minimizing)) / rate(exploring)).toFixed(0)}% (target >= 80%)`);
console.log(`   minimizing: ${minimizing.checked} prototypes in ${minimizing.seconds.toFixed(0)} s, ${minimizing.minimizations.count} minimizations in ${minimizing.minimizations.seconds.toFixed(0)} s (${((100 * minimizing.minimizations.seconds) / minimizing.seconds).toFixed(0)}% of the time), ${minimizing.newFindings.length} written, ${explained} findings explained by dialects`);
