// The corpus as a regression gate: each file's `Expect-kinds:` line is the set of
// finding kinds `abifuzz check` must keep reporting with every installed compiler.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareConfigs } from '../src/diff/compare-configs.js';
import { runOracle } from '../src/oracle/oracle.js';
import { KNOWN_COMPILERS, makeConfigs } from '../src/oracle/toolchains.js';
import { inputsOf } from './oracle/helpers.js';

const files = ['seeds', 'divergences', 'compiler-bugs'].flatMap((d) => readdirSync(join('corpus', d)).filter((f) => f.endsWith('.h')).map((f) => join('corpus', d, f)));
const configs = makeConfigs(KNOWN_COMPILERS.map((c) => c.id), ['O0', 'O2'], 'user');

function expectedKinds(text: string, file: string): string[] {
  const m = /Expect-kinds: (.*)/.exec(text);
  if (!m) throw new Error(`${file}: no Expect-kinds line`);
  return m[1]!.trim() === 'none' ? [] : m[1]!.split(',').map((s) => s.trim()).sort();
}

describe('corpus', () => {
  it('has entries', () => expect(files.length).toBeGreaterThanOrEqual(8));
  for (const file of files) {
    it(`${file} still shows what it records`, async () => {
      const text = readFileSync(file, 'utf8');
      const { observations } = await runOracle(inputsOf(text, file), { configs });
      const kinds = [...new Set(observations.flatMap(compareConfigs).map((f) => f.kind))].sort();
      expect(kinds).toEqual(expectedKinds(text, file));
    });
  }
});
