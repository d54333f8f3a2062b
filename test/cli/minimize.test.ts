// `abifuzz minimize` as a user runs it on what `fuzz --out` writes (the built dist/).
import { execa } from 'execa';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionsOf } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { readFindingHeader } from '../../src/campaign/finding-file.js';

const recordedSignatures = (text: string): string[] => readFindingHeader(text, 'finding.h').signatures;

const CLI = 'dist/src/cli/main.js';
const run = (args: string[]) => execa('node', [CLI, 'minimize', ...args], { reject: false });
const tmp = mkdtempSync(join(tmpdir(), 'abifuzz-minimize-'));
const file = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

// gcc ignores aligned(2) after an enum's brace, clang applies it: a layout finding.
const SIGNATURE = 'layout|param|aligned-enum,enum|clang-19 vs gcc-12';
const PROTOTYPE = 'struct pad { long a; char b; };\nenum e { A = 6, B = 2 } __attribute__((aligned(2)));\nvoid f(struct pad p, long n, enum e x);\n';

/** A finding .json as fuzz writes it: { finding, meta, prototype }. */
function findingJson(): string {
  const header = parseHeader(PROTOTYPE, 'f.h');
  const prototype = { origin: 'seed 9 #1', header, fn: functionsOf(header)[0] };
  const meta = { origin: 'seed 9 #1', configs: ['gcc-12/O0', 'clang-19/O0'], date: '2026-01-01', signatures: [SIGNATURE], kinds: ['layout'] };
  return file('0001-layout.json', JSON.stringify({ finding: { kind: 'layout', signature: SIGNATURE }, meta, prototype }));
}

describe('abifuzz minimize', () => {
  it('shrinks a finding .json with the configs it records and writes a finding file', async () => {
    const out = join(tmp, 'min.h');
    const r = await run([findingJson(), '--out', out]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    // Its own signature first, then the others the minimized prototype shows.
    expect(recordedSignatures(text)).toEqual([SIGNATURE, 'model-mismatch|param|aligned-enum,enum|clang-19 vs gcc-12+model']);
    expect(text).toMatch(/Found: seed 9 #1, minimized, /);
    expect(text).toMatch(/Configs: gcc-12\/O0 clang-19\/O0/);
    expect(text).toMatch(/Expect-kinds: layout, model-mismatch/);
    expect(functionsOf(parseHeader(text, out))[0]!.params).toHaveLength(1);
    expect(r.stderr).toMatch(/3 parameters, 2 members -> 1 parameters, 0 members \(size \d+ -> \d+\); written to /);
  });

  it('rejects what it cannot minimize with one line and exit 2', async () => {
    for (const [args, msg] of [
      [[join(tmp, 'missing.h')], /^abifuzz: cannot read .*missing\.h: no such file$/],
      [[file('other.json', '{"a": 1}')], /^abifuzz: .*other\.json: not a finding \.json written by abifuzz fuzz/],
      [[file('none.h', 'struct s { int a; };\n')], /^abifuzz: .*none\.h: no function prototypes found$/],
    ] as const) {
      const r = await run([...args]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(msg);
    }
  });
});
