// `abifuzz fuzz` as CI runs it: exit codes, reports, and what survives a kill -9.
import { execa } from 'execa';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../src/c/parse.js';
import { readFindingHeader } from '../../src/campaign/finding-file.js';

const recordedSignatures = (text: string): string[] => readFindingHeader(text, 'finding.h').signatures;

const CLI = 'dist/src/cli/main.js';
const fresh = (): string => mkdtempSync(join(tmpdir(), 'abifuzz-fuzz-'));

describe('abifuzz fuzz', () => {
  it('--target all runs one campaign per target, one after the other, into OUT/TARGET, summed up in one JSON', async () => {
    const out = fresh();
    const r = await execa('node', [CLI, 'fuzz', '--target', 'all', '--runs', '10', '--seed', '3', '--compilers', 'gcc-12,clang-19', '--opt', 'O2', '--out', out, '--json', '--no-minimize'], { reject: false });
    const s = JSON.parse(r.stdout);
    expect(s.schema).toBe('abifuzz-fuzz-all/1');
    expect(s.campaigns.map((c: { target: string }) => c.target)).toEqual(['aarch64', 'x86_64']);
    for (const c of s.campaigns) {
      expect(c).toMatchObject({ checked: 10, configs: ['gcc-12/O2', 'clang-19/O2'] });
      expect(c.out).toBe(join(out, c.target));
    }
    expect(r.exitCode).toBe(s.campaigns.some((c: { newFindings: unknown[] }) => c.newFindings.length > 0) ? 1 : 0);
  });

  it('reports its seed, configs and counts, and exits 1 exactly when something is new', async () => {
    const out = fresh();
    const r = await execa('node', [CLI, 'fuzz', '--runs', '20', '--seed', '5', '--compilers', 'clang-19', '--opt', 'O2', '--out', out, '--json', '--no-minimize', '--no-dialects'], { reject: false });
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ schema: 'abifuzz-fuzz/1', seed: 5, checked: 20, profile: 'kernel', configs: ['clang-19/O2'] });
    // Coverage of every prototype checked; the kernel profile has no floating point.
    expect(s.coverage.prototypes).toBe(20);
    expect(s.coverage.rules.model.rules['C.9']).toBeGreaterThan(10);
    expect(s.coverage.rules.model.neverHit.rules).toContain('C.1');
    expect(r.exitCode).toBe(s.newFindings.length > 0 ? 1 : 0);
  });

  it('minimizes each new finding before writing it', async () => {
    const out = fresh();
    const r = await execa('node', [CLI, 'fuzz', '--runs', '4', '--seed', '4', '--profile', 'user', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--out', out, '--json', '--no-dialects'], { reject: false });
    const s = JSON.parse(r.stdout);
    expect(s.newFindings.length).toBeGreaterThan(0);
    for (const f of s.newFindings) {
      expect(f.size.after).toBeLessThan(f.size.before);
      expect(f.origin).toMatch(/^seed 4 #\d+, minimized$/);
      expect(recordedSignatures(readFileSync(f.file, 'utf8'))).toEqual([f.signature, ...f.alsoShows]);
    }
  });

  it('exits 1 with new findings, each written as a readable .h and .json, and a JUnit report', async () => {
    const out = fresh();
    const junit = join(out, 'junit.xml');
    const r = await execa('node', [CLI, 'fuzz', '--runs', '40', '--seed', '1', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--out', out, '--json', '--junit', junit, '--no-minimize', '--no-dialects'], { reject: false });
    expect(r.exitCode).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.newFindings.length).toBeGreaterThan(0);
    for (const f of s.newFindings) {
      const text = readFileSync(f.file, 'utf8');
      expect(recordedSignatures(text)).toContain(f.signature);
      expect(() => parseHeader(text, f.file)).not.toThrow();
      expect(JSON.parse(readFileSync(f.file.replace(/\.h$/, '.json'), 'utf8')).finding.signature).toBe(f.signature);
    }
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain(`failures="${s.newFindings.length}"`);
    expect((xml.match(/<testcase /g) ?? []).length).toBe(s.newFindings.length + 1);
  });

  it('counts what the compilers\' known deviations explain by root cause, in the summary, its JSON and JUnit, and writes none of it', async () => {
    const out = fresh();
    const junit = join(out, 'junit.xml');
    const args = ['--runs', '40', '--seed', '1', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--no-minimize'];
    const s = JSON.parse((await execa('node', [CLI, 'fuzz', ...args, '--out', out, '--json', '--junit', junit], { reject: false })).stdout);
    const raw = JSON.parse((await execa('node', [CLI, 'fuzz', ...args, '--out', fresh(), '--json', '--no-dialects'], { reject: false })).stdout);
    expect(s.rootCauses.length).toBeGreaterThan(0);
    for (const r of s.rootCauses) expect(r.example).toMatch(/^seed 1 #\d+$/);
    expect(s.newFindings.length).toBeLessThan(raw.newFindings.length);
    const xml = readFileSync(junit, 'utf8');
    expect((xml.match(/classname="abifuzz\.known"/g) ?? []).length).toBe(s.rootCauses.length);
    const text = (await execa('node', [CLI, 'fuzz', ...args, '--out', fresh()], { reject: false })).stdout;
    expect(text).toContain(`  root causes`);
    for (const r of s.rootCauses) expect(text).toContain(r.cause);
  });

  it('counts --time from when the corpus is loaded, and checks a first batch however short the time', async () => {
    // Running the 104-entry corpus takes longer than the second asked for.
    const r = await execa('node', [CLI, 'fuzz', '--time', '1s', '--seed', '3', '--compilers', 'clang-19', '--opt', 'O2', '--corpus', 'corpus', '--out', fresh(), '--json', '--no-minimize'], { reject: false });
    const s = JSON.parse(r.stdout);
    expect(s.corpus.entries).toBeGreaterThan(100);
    expect(s.checked).toBeGreaterThan(0);
  });

  it('skips findings the corpus already records', async () => {
    const out = fresh();
    const first = JSON.parse((await execa('node', [CLI, 'fuzz', '--runs', '40', '--seed', '1', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--out', out, '--json', '--no-minimize', '--no-dialects'], { reject: false })).stdout);
    const again = await execa('node', [CLI, 'fuzz', '--runs', '40', '--seed', '1', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--out', fresh(), '--corpus', join(out, 'findings'), '--json', '--no-minimize', '--no-dialects'], { reject: false });
    expect(again.exitCode).toBe(0);
    expect(JSON.parse(again.stdout).duplicates).toBeGreaterThanOrEqual(first.newFindings.length);
    const corpus = JSON.parse(again.stdout).corpus;
    expect(corpus.entries).toBe(first.newFindings.length);
    expect(corpus.explained + corpus.open).toBeLessThanOrEqual(corpus.entries);
    expect(corpus.explained).toBeGreaterThan(0);
  });

  it('writes one file per prototype, recording every signature it shows', async () => {
    const out = fresh();
    const s = JSON.parse((await execa('node', [CLI, 'fuzz', '--runs', '40', '--seed', '1', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--out', out, '--json', '--no-minimize', '--no-dialects'], { reject: false })).stdout);
    const origins = s.newFindings.map((f: { origin: string }) => f.origin);
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins).size).toBe(origins.length);
    expect(s.newFindings.some((f: { alsoShows: string[] }) => f.alsoShows.length > 0)).toBe(true);
  });

  it('knows what corpus entries show when run, not only the signatures they record', async () => {
    const out = fresh();
    const args = ['--runs', '40', '--seed', '1', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--json', '--no-minimize', '--no-dialects'];
    const first = JSON.parse((await execa('node', [CLI, 'fuzz', ...args, '--out', out], { reject: false })).stdout);
    const corpus = fresh();
    for (const f of first.newFindings as { file: string }[]) {
      const text = readFileSync(f.file, 'utf8').replace(/^ \* Signature: .*\n/gm, '');
      writeFileSync(join(corpus, basename(f.file)), text);
    }
    const again = await execa('node', [CLI, 'fuzz', ...args, '--out', fresh(), '--corpus', corpus], { reject: false });
    expect(again.exitCode).toBe(0);
    expect(JSON.parse(again.stdout).newFindings).toEqual([]);
  });

  it('rejects a bad shard, duration or number with one line and exit 2', async () => {
    for (const [args, msg] of [
      [['--shard', '2/2'], /^abifuzz: --shard takes i\/n with 0 <= i < n, not '2\/2'$/],
      [['--time', 'soon'], /^abifuzz: --time takes a duration like 90s, 10m or 1h, not 'soon'$/],
      [['--runs', '-3'], /^abifuzz: --runs takes a whole number, not '-3'$/],
    ] as const) {
      const r = await execa('node', [CLI, 'fuzz', ...args], { reject: false });
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trim()).toMatch(msg);
    }
  });

  it('leaves every finding it reported whole on disk when killed with SIGKILL', async () => {
    const out = fresh();
    const child = execa('node', [CLI, 'fuzz', '--runs', '100000', '--seed', '1', '--batch', '10', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--out', out, '--no-minimize', '--no-dialects'], { reject: false });
    const dir = join(out, 'findings');
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && !(existsSync(dir) && readdirSync(dir).filter((f) => f.endsWith('.h')).length >= 3)) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    await child;
    const files = readdirSync(dir).filter((f) => f.endsWith('.h') || f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (f.endsWith('.json')) expect(JSON.parse(text).finding.signature).toMatch(/\|/);
      else expect(recordedSignatures(text).length).toBeGreaterThan(0);
    }
  });
});
