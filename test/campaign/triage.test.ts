// Triage with dialects: a finding a known switch explains is counted under its root cause
// and never minimized or written; take the switch away and the same prototype is new.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialectsOf, type Plan } from '../../src/campaign/plan.js';
import type { CampaignSummary } from '../../src/campaign/summary.js';
import { consider, type Campaign, type Observed } from '../../src/campaign/triage.js';
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

function campaignWith(dialects: ReadonlyMap<string, Dialect>, minimize: boolean, minimizeBudget = 1): Campaign {
  const plan: Plan = { seed: 0, runs: 1, deadline: undefined, jobs: 2, shard: { index: 0, count: 1 }, batch: 1, configs, minimize, jit: undefined, jitOnly: false, dialects, minimizeBudget };
  const summary: CampaignSummary = {
    schema: 'abifuzz-fuzz/1', seed: 0, profile: 'user', configs: configs.map((c) => c.id), checked: 1, seconds: 0, findingsByKind: {},
    duplicates: 0, consequences: 0, rootCauses: [], minimizations: { count: 0, seconds: 0, known: 0 }, newFindings: [], out: '',
  };
  return { plan, known: new Map(), summary, out: mkdtempSync(join(tmpdir(), 'abifuzz-triage-')), started: Date.now() };
}

async function triage(c: Campaign): Promise<Observed> {
  const { observations: [obs] } = await runOracle([input!], { configs });
  const all = findingsFor(obs!, input!, configs);
  expect(all.map((f) => f.kind)).toContain('layout');
  const compiled = new Set(configs.map((x) => compilerOf(x.id)));
  const seen: Observed = { input: input!, all, compiled, rootCause: rootCauser(obs!, input!, target, c.plan.dialects) };
  for (const f of all) await consider(f, seen, c);
  return seen;
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

  it('past its minimization budget writes a finding of a new bucket as found and defers one whose bucket is on file', async () => {
    const c = campaignWith(new Map(), true, 0);
    await triage(c);
    expect(c.summary.minimizations.count).toBe(0);
    expect(c.summary.newFindings.length).toBeGreaterThan(0);
    for (const f of c.summary.newFindings) expect(f.size).toBeUndefined();
    const written = c.summary.newFindings.length;
    const seen = await triage(c);
    expect(c.summary.newFindings.length).toBe(written);
    expect(c.summary.deferred ?? 0).toBe(0); // every signature is on file: duplicates, not deferred
    expect(c.summary.duplicates).toBeGreaterThan(0);
    // The same bucket with type features no file covers: past the budget it is deferred, not written.
    const f = seen.all.find((x) => x.kind === 'layout')!;
    await consider({ ...f, features: ['not-on-file'], signature: `${f.bucket}|not-on-file` }, seen, c);
    expect(c.summary.deferred).toBe(1);
    expect(c.summary.newFindings.length).toBe(written);
  });

  it('explains nothing with no dialects (--no-dialects)', async () => {
    const c = campaignWith(new Map(), false);
    await triage(c);
    expect(c.summary.rootCauses).toEqual([]);
    expect(c.summary.newFindings.length).toBeGreaterThan(0);
  });
});
