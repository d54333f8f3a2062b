// The JIT commands as a user runs them (the built dist/).
import { execa } from 'execa';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';
const run = (args: string[]) => execa('node', [CLI, ...args], { reject: false });
const out = mkdtempSync(join(tmpdir(), 'abifuzz-jit-cli-'));
const kernelGcc = ['--profile', 'kernel', '--compilers', 'gcc-12', '--opt', 'O0'];

/** docs/examples/place-args.c with a planted bug: no even register pair for an ALIGN16 argument (AAPCS64 C.9). */
const planted = join(out, 'place-args-no-even-pair.c');
const example = readFileSync('docs/examples/place-args.c', 'utf8');
const evenPair = 'int first = align16 ? round_up(ngrn, 2) : ngrn;';
if (!example.includes(evenPair)) throw new Error('docs/examples/place-args.c no longer rounds to an even register as this test expects');
writeFileSync(planted, example.replace(evenPair, 'int first = ngrn;'));
const buggy = `c:${planted}`;

describe('abifuzz check --jit', () => {
  it('shows every variant per function and reports the corrupting ones as findings', async () => {
    const r = await run(['check', 'corpus/seeds/arm64-int128-alignment.h', ...kernelGcc, '--jit', 'linux-mainline,reference', '--json']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as { functions: { name: string; jit: { variant: string; status: string }[] }[]; findings: { kind: string; variant?: string; function: string }[] };
    const f0 = report.functions.find((f) => f.name === 'f0')!;
    // linux-mainline is today's mainline variant's older name: reports use the commit name.
    expect(new Set(f0.jit.map((o) => o.variant))).toEqual(new Set(['linux-c48796aa6c39-2026-08', 'reference']));
    // f0's 16-aligned struct at stack+32 is read from +24 by mainline; reference is right.
    const jitFindings = report.findings.filter((f) => f.kind.startsWith('jit-'));
    expect(new Set(jitFindings.map((f) => `${f.function} ${f.kind} ${f.variant}`))).toEqual(new Set(['f0 jit-ctx linux-c48796aa6c39-2026-08', 'f0 jit-forward linux-c48796aa6c39-2026-08']));
  });

  it('rejects an unknown variant in one line', async () => {
    const r = await run(['check', 'corpus/seeds/arm64-int128-alignment.h', ...kernelGcc, '--jit', 'linux-next']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toMatch(/^abifuzz: unknown JIT variant 'linux-next': known variants are linux-pre2025-regs-only, .*reference \(or all; `abifuzz jit list` says what each mirrors\)$/);
  });

  it('--jit list and jit list print every variant with its commits and date, and do nothing else', async () => {
    for (const args of [['jit', 'list'], ['check', 'no-such-file.h', '--jit', 'list'], ['fuzz', '--jit', 'list']]) {
      const r = await run(args);
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
      const rows = r.stdout.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(/\s{2,}/));
      expect(rows[0]).toEqual(['variant', 'date', 'tree', 'commits']);
      const byName = new Map(rows.slice(1).map((row) => [row[0], row]));
      expect(byName.get('linux-9014cf56f13d-2025-05')?.slice(1, 4)).toEqual(['2025-05', 'mainline', '9014cf56f13d']);
      expect(byName.get('linux-c48796aa6c39-2026-08')?.[3]).toMatch(/c48796aa6c39$/);
      expect(byName.get('linux-c48796aa6c39-2026-08')?.[4]).toBe('(also: linux-mainline)');
      expect(byName.get('linux-afdbb4cdd3d2-2026-09')?.slice(1, 3)).toEqual(['2026-09', 'bpf-next']);
      expect([...byName.keys()]).toEqual(expect.arrayContaining(['linux-pre2025-regs-only', 'linux-dc704d0cfa43-2025-07', 'linux-ccb4f5d91ec4-2025-09', 'rfc-2025-largest-member', 'reference', 'c:FILE.c']));
    }
  });
});

describe('abifuzz jit-diff', () => {
  it('finds where mainline corrupts and the reference does not, with no regression in the reference', async () => {
    const r = await run(['jit-diff', 'linux-mainline', 'reference', '--runs', '60', '--seed', '7', ...kernelGcc, '--out', out, '--json', '--no-minimize']);
    expect(r.exitCode).toBe(0);
    const s = JSON.parse(r.stdout) as { checked: number; differing: number; regressions: number; prototypes: { file: string; differences: { old: { kind: string }; new: { kind: string } }[] }[] };
    expect(s.checked).toBe(60);
    expect(s.regressions).toBe(0);
    expect(s.differing).toBeGreaterThan(0);
    for (const p of s.prototypes) for (const d of p.differences) expect(d.new.kind === 'correct' || d.new.kind === 'refused').toBe(true);
  });

  it('groups the differences by cause, minimizes one prototype of each, and exits 1 on a regression', async () => {
    // The planted bug drops C.9's even register pair: every __int128 after an odd number of
    // 8-byte arguments is read one register early, where place-args was right.
    const r = await run(['jit-diff', 'place-args', buggy, '--runs', '100', '--seed', '7', ...kernelGcc, '--out', join(out, 'diff'), '--json']);
    expect(r.exitCode).toBe(1);
    const s = JSON.parse(r.stdout) as { regressions: number; causes: { cause: string; features: string[]; regression: boolean; count: number; prototype: string }[] };
    expect(s.regressions).toBeGreaterThan(0);
    expect(s.causes.every((c) => c.regression && c.cause.startsWith('correct -> corrupts ctx') && c.features.includes('int128'))).toBe(true);
    expect(s.causes.reduce((n, c) => n + c.count, 0)).toBe(s.regressions);
    // The smallest cause: one 8-byte-or-less argument, then the __int128.
    expect(s.causes.map((c) => c.prototype)).toContainEqual(expect.stringMatching(/^void f0\(\w[\w ]* p0, (unsigned )?__int128 p1\);$/));
    const text = await run(['jit-diff', 'place-args', buggy, '--runs', '100', '--seed', '7', ...kernelGcc, '--out', join(out, 'diff'), '--no-minimize']);
    expect(text.stdout).toContain(`By cause (linux-afdbb4cdd3d2-2026-09 -> ${buggy}), one prototype each:\n  REGRESSION correct -> corrupts ctx`);
  });
});

describe('abifuzz fuzz --jit', () => {
  it('tallies every trampoline run; the reference variant corrupts none it can be judged on', async () => {
    // clang 19 compiles every kernel-profile prototype (gcc 12 has no _BitInt): each one runs.
    const r = await run(['fuzz', '--jit', 'reference', '--jit-only', '--runs', '60', '--seed', '11', '--profile', 'kernel', '--compilers', 'clang-19', '--opt', 'O0', '--out', join(out, 'fuzz'), '--json']);
    expect(r.exitCode).toBe(0);
    const s = JSON.parse(r.stdout) as { checked: number; newFindings: unknown[]; jitRuns: Record<string, Record<string, number>> };
    expect(s.newFindings).toEqual([]);
    const runs = s.jitRuns.reference!;
    expect(runs.corrupts ?? 0).toBe(0);
    expect(runs.correct).toBeGreaterThan(0);
    // One run per prototype, config and mode (fentry, fexit, fmod_ret), whatever its verdict.
    expect(Object.values(runs).reduce((a, b) => a + b, 0)).toBe(60 * 3);
  });

  it('runs the kfunc call path with --jit-modes kfunc: 2026-09 corrupts what BTF hides, the reference nothing', async () => {
    const r = await run(['fuzz', '--jit', 'reference,linux-afdbb4cdd3d2-2026-09', '--jit-only', '--jit-modes', 'kfunc', '--runs', '300', '--seed', '77', '--profile', 'kernel', '--compilers', 'clang-19', '--opt', 'O0', '--out', join(out, 'kfunc'), '--json', '--no-minimize']);
    const s = JSON.parse(r.stdout) as { jitRuns: Record<string, Record<string, number>>; findingsByVariant?: Record<string, Record<string, number>> };
    expect(s.jitRuns.reference!.corrupts ?? 0).toBe(0);
    expect(s.jitRuns.reference!.correct).toBeGreaterThan(0);
    expect(s.findingsByVariant?.['linux-afdbb4cdd3d2-2026-09']?.['jit-kfunc']).toBeGreaterThan(0);
    expect(s.findingsByVariant?.reference).toBeUndefined();
  });

  it('counts findings per variant: the planted bug has jit findings, the reference none', async () => {
    const r = await run(['fuzz', '--jit', `reference,${buggy}`, '--jit-only', '--runs', '60', '--seed', '11', ...kernelGcc, '--out', join(out, 'by-variant'), '--json', '--no-minimize']);
    const s = JSON.parse(r.stdout) as { findingsByKind: Record<string, number>; findingsByVariant?: Record<string, Record<string, number>> };
    const byVariant = s.findingsByVariant ?? {};
    expect(byVariant.reference).toBeUndefined();
    const planted = Object.entries(byVariant).find(([v]) => v !== 'reference')?.[1] ?? {};
    expect(planted['jit-ctx'] ?? 0).toBeGreaterThan(0);
    // With --jit-only every finding is a variant's: the per-variant counts add up to the kinds.
    for (const [kind, n] of Object.entries(s.findingsByKind)) expect(Object.values(byVariant).reduce((a, v) => a + (v[kind] ?? 0), 0)).toBe(n);
  });
});

describe('--btf-filter: judged only where BTF would let a program attach', () => {
  // pahole 1.31 drops dropped_ok (packed struct P at position 8), which mainline places
  // right (packed slots, 1-aligned struct): btf-overcautious. It keeps kept_bad, whose
  // struct {__int128} after nine longs is at stack+16 (C.14) but read at +8: jit-btf-hole.
  const header = `struct P { char c; int i; } __attribute__((packed));
struct W { __int128 x; };
int dropped_ok(long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, struct P p);
int kept_bad(long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, long a8, struct W w);
`;
  it('reports jit-btf-hole and btf-overcautious per variant', async () => {
    const file = join(out, 'btf.h');
    writeFileSync(file, header);
    const r = await run(['check', file, ...kernelGcc, '--jit', 'linux-mainline', '--btf-filter', 'pahole-1.31', '--json']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { kind: string; function: string; arg?: number }[] };
    expect(report.findings.map((f) => `${f.function} ${f.kind} ${f.arg}`).sort()).toEqual(['dropped_ok btf-overcautious 8', 'kept_bad jit-btf-hole 9']);
  });
  it('minimizes a btf-overcautious finding, keeping the filter from its Jit: line', async () => {
    const file = join(out, 'overcautious.h');
    writeFileSync(file, `/*\n * Jit: linux-mainline modes fentry btf-filter pahole-1.31\n */\nstruct P { char c; int i; short s; } __attribute__((packed));\nint f(long a0, int a1, long a2, long a3, long a4, long a5, long a6, long a7, struct P p, long z);\n`);
    const r = await run(['minimize', file, ...kernelGcc]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Kind: btf-overcautious/);
    expect(r.stdout).toMatch(/Jit: linux-c48796aa6c39-2026-08 modes fentry btf-filter pahole-1.31/);
    // z goes, and with it nothing pahole looks at: the packed struct stays at position 8.
    expect(r.stdout).not.toMatch(/long z/);
  });
  it('needs --jit', async () => {
    const r = await run(['fuzz', '--btf-filter', 'pahole-1.31', '--runs', '1']);
    expect([r.exitCode, r.stderr.trim()]).toEqual([2, 'abifuzz: --btf-filter needs --jit VARIANT[,…]: say which trampoline variants to judge']);
    const bad = await run(['fuzz', '--jit', 'reference', '--btf-filter', 'pahole-9', '--runs', '1']);
    expect([bad.exitCode, bad.stderr.trim()]).toEqual([2, "abifuzz: unknown --btf-filter 'pahole-9': use pahole-1.25 or pahole-1.31"]);
  });
});

describe('--jit c:FILE.c: a placement function in C as a variant', () => {
  it('a planted bug (no even register pair for ALIGN16) is found exactly where AAPCS64 C.9 rounds up', async () => {
    const r = await run(['check', 'corpus/seeds/kernel-selftests.h', ...kernelGcc, '--jit', `c:docs/examples/place-args.c,${buggy}`, '--json']);
    const report = JSON.parse(r.stdout) as { findings: { kind: string; function: string; variant?: string }[] };
    // Only the kfuncs with an __int128 after one 8-byte argument; the faithful C has none
    // but those every place_args variant shares (none in the selftests).
    const found = new Set(report.findings.filter((f) => f.variant !== undefined).map((f) => `${f.variant} ${f.function}`));
    expect(found).toEqual(new Set(['i128_arg_odd', 'i128_arg_shift', 'i128_arg_ovf'].map((f) => `${buggy} ${f}`)));
  });
  it('and minimized, as a finding of its own', async () => {
    const file = join(out, 'planted.h');
    writeFileSync(file, `/*\n * Jit: ${buggy} modes fentry,fexit\n */\nstruct s { int a; short b; };\nlong f(struct s x, __int128 v, char c, long d, int e);\n`);
    const r = await run(['minimize', file, ...kernelGcc]);
    expect(r.exitCode).toBe(0);
    // x (any 8-byte value) then v: v belongs in x2/x3, the C reads x1/x2.
    expect(r.stdout).toMatch(/Kind: jit-ctx/);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^\w+ f0\(\w[\w ]*p0, (unsigned )?__int128 p1\);$/);
  });
});
