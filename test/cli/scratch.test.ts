// Temporary directories: removed when a run is interrupted, and what a kill -9 left is
// removed by the next run.
import { execa } from 'execa';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';
const ours = (dir: string): string[] => readdirSync(dir).filter((n) => /^abifuzz-[a-z]*-\d+-/.test(n));

async function whenScratchAppears(dir: string): Promise<void> {
  for (let i = 0; i < 600 && ours(dir).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(ours(dir).length).toBeGreaterThan(0);
}

const campaign = (tmp: string) =>
  execa('node', [CLI, 'fuzz', '--runs', '2000', '--seed', '3', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--out', join(tmp, 'out'), '--no-minimize'], { reject: false, env: { ...process.env, TMPDIR: tmp } });

describe('scratch directories', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`are removed when the run gets ${signal}`, async () => {
      const tmp = mkdtempSync(join(tmpdir(), 'abifuzz-sig-'));
      const run = campaign(tmp);
      await whenScratchAppears(tmp);
      run.kill(signal);
      const r = await run;
      expect(r.exitCode).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(ours(tmp)).toEqual([]);
    });
  }

  it('left by a kill -9 are removed by the next run', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'abifuzz-kill-'));
    const run = campaign(tmp);
    await whenScratchAppears(tmp);
    run.kill('SIGKILL');
    await run;
    expect(ours(tmp).length).toBeGreaterThan(0);
    const h = join(tmp, 'f.h');
    writeFileSync(h, 'int f(int a);\n');
    await execa('node', [CLI, 'check', h, '--compilers', 'clang-19', '--opt', 'O2'], { reject: false, env: { ...process.env, TMPDIR: tmp } });
    expect(ours(tmp)).toEqual([]);
  });
});
