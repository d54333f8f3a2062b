// The abifuzz command as a user runs it (the built dist/, as `npm test` builds first).
import { execa } from 'execa';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownCompilers } from '../../src/toolchains/config.js';

const CLI = 'dist/src/cli/main.js';
const run = (args: string[], env: Record<string, string> = {}) => execa('node', [CLI, ...args], { reject: false, env: { ...process.env, ...env } });
const tmp = mkdtempSync(join(tmpdir(), 'abifuzz-cli-'));
const file = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

/** One line on stderr, non-zero exit, no stack trace. */
function expectUserError(r: { exitCode?: number; stderr: string }, pattern: RegExp): void {
  expect(r.exitCode).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('abifuzz check: user errors', () => {
  it('names file:line:col of a malformed header', async () => {
    const bad = file('bad.h', 'struct s { int a; };\nint f(struct s a, int);;\nint g(int a b);\n');
    expectUserError(await run(['check', bad, '--compilers', 'gcc-12']), new RegExp(`^abifuzz: ${bad}:3:13: expected .*`));
  });

  it('rejects an unknown compiler name', async () => {
    const ok = file('ok.h', 'int f(int a);\n');
    expectUserError(await run(['check', ok, '--compilers', 'gcc-99']), new RegExp(`^abifuzz: unknown compiler 'gcc-99': known compilers are ${knownCompilers().map((c) => c.id).join(', ')}$`));
  });

  it('says how to get qemu when it is missing', async () => {
    const ok = file('ok2.h', 'int f(int a);\n');
    expectUserError(await run(['check', ok, '--compilers', 'gcc-12'], { ABIFUZZ_QEMU: '/nonexistent/qemu-aarch64' }), /^abifuzz: \/nonexistent\/qemu-aarch64 not found: run `bash docker\/install.sh`/);
  });

  it('names a compiler that is not on PATH and the package that has it', async () => {
    const ok = file('ok4.h', 'int f(int a);\n');
    const r = await execa(process.execPath, [CLI, 'check', ok, '--compilers', 'clang-19'], { reject: false, env: { ...process.env, PATH: tmp } });
    expectUserError(r, /^abifuzz: compiler not installed: clang-19 \(clang-19\): run `bash docker\/install.sh` or apt-get install clang-19$/);
  });

  it('reports a missing file and a header without prototypes', async () => {
    expectUserError(await run(['check', join(tmp, 'nope.h')]), /^abifuzz: cannot read .*nope\.h: no such file$/);
    expectUserError(await run(['check', file('empty.h', 'struct s { int a; };\n')]), /no function prototypes found$/);
  });

  it('rejects an unknown optimisation level and profile', async () => {
    const ok = file('ok3.h', 'int f(int a);\n');
    expectUserError(await run(['check', ok, '--opt', 'O3']), /^abifuzz: unknown optimisation level 'O3'/);
    expectUserError(await run(['check', ok, '--profile', 'bsd']), /^abifuzz: unknown profile 'bsd'/);
  });
});

describe('abifuzz check: reports', () => {
  it('prints the documented JSON schema', async () => {
    const r = await run(['check', 'corpus/seeds/arm64-int128-alignment.h', '--compilers', 'gcc-12,clang-19', '--opt', 'O0', '--json']);
    expect(r.exitCode).toBe(1); // gcc under-aligns f2's by-reference copy
    const report = JSON.parse(r.stdout);
    expect(report.schema).toBe('abifuzz-check/1');
    expect(report.configs.map((c: { id: string }) => c.id)).toEqual(['gcc-12/O0', 'clang-19/O0']);
    expect(report.functions.map((f: { name: string }) => f.name)).toEqual(['f0', 'f1', 'f2']);
    const g = report.functions[1].configs['clang-19/O0'].args[6];
    expect(g).toMatchObject({ name: 'g', type: 'struct s1', pieces: ['stack+24'] });
    expect(g.bytes).toHaveLength(16);
    expect(report.findings).toEqual([{
      kind: 'ref-underaligned', function: 'f2', origin: 'corpus/seeds/arm64-int128-alignment.h:f2', configs: ['gcc-12/O0'], arg: 6,
      groups: [{ configs: ['gcc-12/O0'], value: 'copy 16-aligned, type 64-aligned' }], detail: 'the by-reference copy of parameter 7 is under-aligned',
      signature: 'ref-underaligned|param|aligned-record,int128,struct|gcc-12', // all of gcc-12 that ran
      bucket: 'ref-underaligned|param|gcc-12', features: ['aligned-record', 'int128', 'struct'],
      rootCause: ['gcc-byref-copy-underaligned'], // known: gcc's dialect predicts the 16-aligned copy
    }]);
    expect(report.functions[2].dialects['gcc-12/O0']).toMatchObject({ predicted: true, misses: [] });
    expect(report.functions[2].dialects['gcc-12/O0'].switches).toContain('gcc-byref-copy-underaligned');
    // clang realigns the caller's frame to 64, which absorbs the rounds' 16-byte shifts: the
    // copy's address alignment is at least 64, and beyond that where the stack happens to be.
    const copy = report.functions[2].configs['clang-19/O0'].args[6];
    expect(copy).toMatchObject({ pieces: ['ref(stack+24)'] });
    expect(copy.refAlign).toBeGreaterThanOrEqual(64);
  });

  it('exits 1 and names the configs when compilers disagree', async () => {
    const h = file('bitint.h', 'struct sb { char c; _BitInt(72) b; };\nint g(struct sb s, int x);\n');
    const r = await run(['check', h, '--compilers', 'clang-16,clang-19', '--opt', 'O0']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/finding layout: layout of the parameter 1 differs/);
    expect(r.stdout).toMatch(/caller clang-16\/O0 -> callee clang-19\/O0/);
  });

  it('observes x86-64 natively with --target x86_64: SysV registers, the stack, x87 and memory results', async () => {
    // The psABI's own cases: a struct of a double and an int in xmm0 and a general register,
    // a long double on the stack 16-aligned, a 24-byte struct on the stack, a long double
    // result in st0, and a 24-byte result through the buffer whose address takes rdi.
    const h = file('sysv.h', 'struct di { double d; int i; };\nstruct l3 { long a, b, c; };\nlong double f(int a, struct di b, long double c, struct l3 d, long e);\nstruct l3 g(int a);\n');
    const r = await run(['check', h, '--target', 'x86_64', '--compilers', 'gcc-12,clang-19', '--opt', 'O0,O2', '--json']);
    const report = JSON.parse(r.stdout);
    const [f, g] = report.functions;
    for (const id of ['gcc-12/O0', 'gcc-12/O2', 'clang-19/O0', 'clang-19/O2']) {
      expect(f.configs[id].args.map((a: { pieces: string[] }) => a.pieces)).toEqual([['rdi'], ['xmm0', 'rsi'], ['stack+0'], ['stack+16'], ['rdx']]);
      expect(f.configs[id].ret.pieces).toEqual(['st0']);
      expect(f.configs[id].args[2].bytes.filter((b: string | null) => b !== null)).toHaveLength(10); // x87: 10 value bytes
      expect(g.configs[id].ret.pieces).toEqual(['ref(rdi)']);
      expect(g.configs[id].args[0].pieces).toEqual(['rsi']);
    }
    expect(f.model.args.map((a: { pieces: string[] }) => a.pieces)).toEqual([['rdi'], ['xmm0', 'rsi'], ['stack+0'], ['stack+16'], ['rdx']]);
    expect(r.exitCode).toBe(0);
  });

  it('doctor lists the installed toolchains', async () => {
    const r = await run(['doctor']);
    expect(r.exitCode).toBe(0);
    for (const id of ['gcc-12', 'clang-14', 'clang-16', 'clang-19']) expect(r.stdout).toMatch(new RegExp(`ok\\s+${id}\\s`));
    expect(r.stdout).toMatch(/ok\s+qemu/);
  });
});
