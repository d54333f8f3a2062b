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

async function triage(c: Campaign, of = input!): Promise<Observed> {
  const { observations: [obs] } = await runOracle([of], { configs });
  const all = findingsFor(obs!, of, configs);
  expect(all.map((f) => f.kind)).toContain('layout');
  const compiled = new Set(configs.map((x) => compilerOf(x.id)));
  const seen: Observed = { input: of, all, compiled, rootCause: rootCauser(obs!, of, target, c.plan.dialects) };
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

describe('triage when two switches each suffice', () => {
  // clang puts b at bit 256 (size 64) by its bit-field rule and, apart from it, by its
  // no-mode rule; gcc at bit 8 (size 32). Removing either switch alone changes nothing.
  const [both] = inputsOf('typedef char t0 __attribute__((aligned(32)));\nstruct s0 { unsigned char a; t0 b : 8; };\nstruct s0 f0(void);\n', 'pair.h');
  const clangO0 = 'clang-19/O0';

  it('counts the finding under both switches', async () => {
    const c = campaignWith(dialectsOf(configs), true);
    await triage(c, both);
    expect(c.summary.newFindings).toEqual([]);
    expect(c.summary.rootCauses.map((r) => r.cause)).toEqual(['clang-bitfield-position + clang-no-mode-field']);
  });

  it('names the one left when the other is taken out, and none when both are', async () => {
    const dialects = dialectsOf(configs);
    dialects.set(clangO0, without(dialects.get(clangO0)!, 'clang-no-mode-field'));
    const one = campaignWith(dialects, false);
    await triage(one, both);
    expect(one.summary.rootCauses.map((r) => r.cause)).toEqual(['clang-bitfield-position']);
    dialects.set(clangO0, without(dialects.get(clangO0)!, 'clang-bitfield-position'));
    const none = campaignWith(dialects, false);
    await triage(none, both);
    expect(none.summary.rootCauses).toEqual([]);
    expect(none.summary.newFindings.length).toBeGreaterThan(0);
  });
});

describe('triage judges each finding on its own value', () => {
  // p0 is clang-enum-aligned's example; p1 moves only by the two bit-field switches, taken out below.
  const [two] = inputsOf('enum e { A = 1 } __attribute__((aligned(16)));\nstruct s { enum e a; };\ntypedef char t0 __attribute__((aligned(32)));\nstruct p { unsigned char a; t0 b : 8; };\nvoid f(struct s x, struct p y);\n', 'two.h');

  it('explains the finding about a predicted parameter though another parameter is mispredicted', async () => {
    const dialects = dialectsOf(configs);
    const clangO0 = 'clang-19/O0';
    dialects.set(clangO0, without(without(dialects.get(clangO0)!, 'clang-no-mode-field'), 'clang-bitfield-position'));
    const c = campaignWith(dialects, false);
    const seen = await triage(c, two);
    const layoutOf = (arg: number) => seen.all.find((f) => f.kind === 'layout' && f.arg === arg)!;
    expect(seen.rootCause(layoutOf(0))).toEqual(['clang-enum-aligned']);
    expect(seen.rootCause(layoutOf(1))).toBeUndefined();
    expect(c.summary.newFindings.map((f) => f.signature)).toContainEqual(expect.stringMatching(/^layout\|param\|.*bitfield/));
  });
});
