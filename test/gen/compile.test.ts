// Every generated header must be accepted by the real aarch64 compilers. They are
// installed here and in CI, so a missing compiler fails the test rather than skipping it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Header } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { printHeader } from '../../src/c/print.js';
import { headerArb } from '../../src/gen/arbitrary.js';
import { prototypeAt } from '../../src/campaign/source.js';
import { categoriesOf, userCategories } from './categories.js';

const GCC = ['aarch64-linux-gnu-gcc-12'];
const CLANG = ['clang-19', '--target=aarch64-linux-gnu'];
const COUNT = 40;
const dir = mkdtempSync(join(tmpdir(), 'abifuzz-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one compiler over all files; returns its diagnostics' error lines. */
function syntaxErrors(compiler: string[], flags: string[], files: string[]): string[] {
  const [cmd, ...pre] = compiler;
  const r = spawnSync(cmd!, [...pre, '-fsyntax-only', ...flags, '-x', 'c', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`cannot run ${cmd}: ${r.error.message}`);
  const errors = r.stderr.split('\n').filter((l) => /\berror\b/.test(l));
  if (r.status !== 0 && errors.length === 0) errors.push(`${cmd} exited with ${r.status}: ${r.stderr}`);
  return errors;
}

describe.each(['user', 'kernel'] as const)('generated %s headers', (profile) => {
  const headers = fc.sample(headerArb({ profile }), { numRuns: COUNT, seed: profile === 'user' ? 0xab1 : 0xab2 });
  const files = headers.map((h, i) => {
    const file = join(dir, `${profile}-${i}.h`);
    const text = printHeader(h);
    writeFileSync(file, text);
    return { file, bitint: text.includes('_BitInt') };
  });
  const flags = profile === 'kernel' ? ['-mgeneral-regs-only'] : [];

  it('include a mix of headers with and without _BitInt', () => {
    expect(files.filter((f) => !f.bitint).length).toBeGreaterThan(COUNT / 2);
  });

  it('are accepted by gcc-12 (those without _BitInt, which it lacks)', () => {
    expect(syntaxErrors(GCC, flags, files.filter((f) => !f.bitint).map((f) => f.file))).toStrictEqual([]);
  });

  it('are all accepted by clang-19', () => {
    expect(syntaxErrors(CLANG, flags, files.map((f) => f.file))).toStrictEqual([]);
  });
});

describe('generated headers of every category issue 16 lists', () => {
  // Two examples of each (vectors of every size and element type, HFAs/HVAs of every base
  // and count, _Complex, empty records, ...), from the first prototypes of a campaign.
  const wanted = new Map(userCategories().map((c) => [c, 2]));
  const files: { file: string; bitint: boolean }[] = [];
  const headers: Header[] = [];
  for (let i = 0; i < 20_000 && wanted.size > 0; i++) {
    const h = prototypeAt(16, i, 'user').header;
    const cats = [...categoriesOf(h)].filter((c) => wanted.has(c));
    if (cats.length === 0) continue;
    for (const c of cats) {
      const left = wanted.get(c)! - 1;
      if (left > 0) wanted.set(c, left);
      else wanted.delete(c);
    }
    const file = join(dir, `category-${i}.h`);
    const text = printHeader(h);
    writeFileSync(file, text);
    files.push({ file, bitint: text.includes('_BitInt') });
    headers.push(h);
  }

  it('cover every category', () => {
    expect([...wanted.keys()]).toEqual([]);
  });

  it('print and parse back to the same IR', () => {
    for (const h of headers) expect(parseHeader(printHeader(h), 'gen.h')).toStrictEqual(h);
  });

  it('are accepted by gcc-12 (those without _BitInt)', () => {
    expect(syntaxErrors(GCC, [], files.filter((f) => !f.bitint).map((f) => f.file))).toStrictEqual([]);
  });

  it('are all accepted by clang-19', () => {
    expect(syntaxErrors(CLANG, [], files.map((f) => f.file))).toStrictEqual([]);
  });
});
