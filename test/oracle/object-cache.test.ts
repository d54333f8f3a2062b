// The harness-object cache is linked and run, so it is trusted by what it is, not by its
// name: a directory someone else owns or can write is not used, and an entry whose objects
// do not match their manifest is rebuilt.
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrivateDir } from '../../src/oracle/object-cache.js';

const header = join(mkdtempSync(join(tmpdir(), 'abifuzz-cache-test-')), 'f.h');
writeFileSync(header, 'long f(long a, int b);\n');
// TMPDIR too: where versions before this cache kept theirs, so these tests fail on them.
const check = (cache: string, tmp = cache) => execa('node', ['dist/src/cli/main.js', 'check', header, '--compilers', 'gcc-12', '--opt', 'O0', '--json'], { reject: false, env: { ...process.env, ABIFUZZ_CACHE: cache, TMPDIR: tmp } });
const fresh = (): string => mkdtempSync(join(tmpdir(), 'abifuzz-cache-root-'));

/** The entry holding runtime.o, built by one check. */
async function builtCache(): Promise<{ root: string; entry: string }> {
  const root = fresh();
  expect((await check(root)).exitCode).toBe(0);
  const entry = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('runtime.o')).map((f) => join(root, f, '..'))[0]!;
  return { root, entry };
}

/** Replaces runtime.o with garbage and updates the manifest to match: only the directory's ownership or mode can now tell. */
function plantGarbage(entry: string): void {
  const obj = join(entry, 'runtime.o');
  writeFileSync(obj, 'planted, not an object');
  const manifest = JSON.parse(readFileSync(join(entry, 'manifest.json'), 'utf8')) as Record<string, string>;
  manifest['runtime.o'] = createHash('sha256').update(readFileSync(obj)).digest('hex');
  writeFileSync(join(entry, 'manifest.json'), JSON.stringify(manifest));
}

describe('harness-object cache', () => {
  it('is created private: a directory of ours, closed to others', async () => {
    const parent = fresh();
    const made = join(parent, 'nested', 'abifuzz');
    expect((await check(made, parent)).exitCode).toBe(0);
    expect(isPrivateDir(made)).toBe(true);
    expect(statSync(made).mode & 0o777).toBe(0o700);
  });

  it('is not used when someone else owns it', async () => {
    const { root, entry } = await builtCache();
    plantGarbage(entry);
    chownSync(root, 65534, 65534);
    const r = await check(root);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });

  it('is not used when others may write it', async () => {
    const { root, entry } = await builtCache();
    plantGarbage(entry);
    chmodSync(root, 0o777);
    const r = await check(root);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
  });

  it('rebuilds an entry whose object was truncated', async () => {
    const { root, entry } = await builtCache();
    chmodSync(root, 0o700);
    const size = statSync(join(entry, 'runtime.o')).size;
    truncateSync(join(entry, 'runtime.o'), 100);
    const r = await check(root);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(statSync(join(entry, 'runtime.o')).size).toBe(size);
  });
});
