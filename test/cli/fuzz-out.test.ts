// Two campaigns on one --out: a rerun resumes from what is there, concurrent ones lose
// nothing; a killed run's leftovers are removed by the next.
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';
const fresh = (): string => mkdtempSync(join(tmpdir(), 'abifuzz-out-'));
const fuzz = (out: string, seed: number) =>
  execa('node', [CLI, 'fuzz', '--runs', '60', '--seed', String(seed), '--profile', 'user', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--out', out, '--json', '--no-minimize', '--no-dialects'], { reject: false });

interface Summary { newFindings: { file: string; signature: string }[]; resumed?: number; duplicates: number }

const contents = (dir: string): Map<string, string> => new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('fuzz --out shared between campaigns', () => {
  it('resumes: a rerun into the same --out keeps every earlier finding as it was and counts it as known', async () => {
    const out = fresh();
    const first = JSON.parse((await fuzz(out, 101)).stdout) as Summary;
    expect(first.newFindings.length).toBeGreaterThan(0);
    const before = contents(join(out, 'findings'));
    const second = JSON.parse((await fuzz(out, 202)).stdout) as Summary;
    expect(second.resumed).toBe(first.newFindings.length);
    const after = contents(join(out, 'findings'));
    for (const [name, text] of before) expect(after.get(name), name).toBe(text);
    const written = [...first.newFindings, ...second.newFindings].map((f) => f.file);
    expect(new Set(written).size).toBe(written.length);
    // A third run of the first seed finds nothing new: every signature is on disk.
    const third = JSON.parse((await fuzz(out, 101)).stdout) as Summary;
    expect(third.newFindings).toEqual([]);
  });

  it('loses nothing when two campaigns write into one --out at once', async () => {
    const out = fresh();
    const [a, b] = (await Promise.all([fuzz(out, 303), fuzz(out, 404)])).map((r) => JSON.parse(r.stdout) as Summary);
    const reported = [...a!.newFindings, ...b!.newFindings];
    expect(reported.length).toBeGreaterThan(0);
    for (const f of reported) expect(existsSync(f.file), f.file).toBe(true);
    expect(new Set(reported.map((f) => f.file)).size).toBe(reported.length);
    const onDisk = readdirSync(join(out, 'findings')).filter((n) => n.endsWith('.h'));
    expect(onDisk.length).toBe(reported.length);
  });

  it('removes the temporary files a killed campaign left, keeps a live one\'s', async () => {
    const out = fresh();
    const dir = join(out, 'findings');
    mkdirSync(dir, { recursive: true });
    const dead = join(dir, 'layout-0123456789ab.h.999999.zzzz.tmp');
    const live = join(dir, `layout-0123456789ab.h.${process.pid}.zzzz.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'half');
    await execa('node', [CLI, 'fuzz', '--runs', '1', '--seed', '1', '--compilers', 'clang-19', '--opt', 'O2', '--out', out, '--no-minimize'], { reject: false });
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
