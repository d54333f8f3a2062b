// Triage with dialects: a finding a known switch explains is counted under its root cause
// and never minimized or written; take the switch away and the same prototype is new.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialectsOf, type Plan } from '../../src/campaign/plan.js';
import type { CampaignSummary } from '../../src/campaign/summary.js';
import { consider, type Campaign } from '../../src/campaign/triage.js';
import { findingsFor } from '../../src/diff/findings.js';
import { rootCauser } from '../../src/diff/root-cause.js';
import { compilerOf } from '../../src/diff/signature.js';
import { without } from '../../src/model/dialect.js';
import { runOracle } from '../../src/oracle/oracle.js';
import type { Dialect } from '../../src/targets/target.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { inputsOf } from '../oracle/helpers.js';

const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0'], 'user');
const target = configs[0]!.target;
// clang-enum-aligned's own example: gcc and clang lay out and pass `struct s` differently.
const [input] = inputsOf('enum e { A = 1 } __attribute__((aligned(16)));\nstruct s { enum e a; };\nvoid f(struct s x);\n', 'enum.h');

function campaignWith(dialects: ReadonlyMap<string, Dialect>, minimize: boolean): Campaign {
  const plan: Plan = { seed: 0, runs: 1, deadline: undefined, jobs: 2, shard: { index: 0, count: 1 }, batch: 1, configs, minimize, jit: undefined, jitOnly: false, dialects };
  const summary: CampaignSummary = {
    schema: 'abifuzz-fuzz/1', seed: 0, profile: 'user', configs: configs.map((c) => c.id), checked: 1, seconds: 0, findingsByKind: {},
    duplicates: 0, consequences: 0, rootCauses: [], minimizations: { count: 0, seconds: 0, known: 0 }, newFindings: [], out: '',
  };
  return { plan, known: new Map(), summary, out: mkdtempSync(join(tmpdir(), 'abifuzz-triage-')) };
}

async function triage(c: Campaign): Promise<void> {
  const { observations: [obs] } = await runOracle([input!], { configs });
  const all = findingsFor(obs!, input!, configs);
  expect(all.map((f) => f.kind)).toContain('layout');
  const compiled = new Set(configs.map((x) => compilerOf(x.id)));
  for (const f of all) await consider(f, { input: input!, all, compiled, rootCause: rootCauser(obs!, input!, target, c.plan.dialects) }, c);
}

describe('triage with dialects', () => {
  it('counts a finding a switch explains under that switch, without minimizing or writing it', async () => {
    const c = campaignWith(dialectsOf(configs), true);
    await triage(c);
    expect(c.summary.minimizations.count).toBe(0);
    expect(c.summary.newFindings).toEqual([]);
    expect(c.summary.rootCauses.map((r) => r.cause)).toEqual(['clang-enum-aligned']);
    expect(c.summary.rootCauses[0]).toMatchObject({ example: 'enum.h:f' });
    expect(c.summary.rootCauses[0]!.byKind['layout']).toBeGreaterThan(0);
  });

  it('makes the same prototype a new finding when that switch is taken out of the dialect', async () => {
    const dialects = dialectsOf(configs);
    dialects.set('clang-19/O0', without(dialects.get('clang-19/O0')!, 'clang-enum-aligned'));
    const c = campaignWith(dialects, false);
    await triage(c);
    expect(c.summary.rootCauses).toEqual([]);
    expect(c.summary.newFindings.length).toBeGreaterThan(0);
    expect(readdirSync(join(c.out, 'findings')).filter((f) => f.endsWith('.h')).length).toBe(c.summary.newFindings.length);
  });

  it('explains nothing with no dialects (--no-dialects)', async () => {
    const c = campaignWith(new Map(), false);
    await triage(c);
    expect(c.summary.rootCauses).toEqual([]);
    expect(c.summary.newFindings.length).toBeGreaterThan(0);
  });
});
