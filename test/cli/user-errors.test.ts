// Every error a user can cause is one line on stderr and exit 2, never a stack trace, and
// no bad input gets a silent wrong answer. Each case here was a stack trace, a silent
// success or a misleading exit status before.
import { execa } from 'execa';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';
const tmp = mkdtempSync(join(tmpdir(), 'abifuzz-errors-'));
const run = (args: string[], env: Record<string, string> = {}) => execa('node', [CLI, ...args], { reject: false, env: { ...process.env, ...env } });
const file = (name: string, text: string): string => {
  const p = join(tmp, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
};
const ok = file('ok.h', 'long f(long a, int b);\n');

function expectOneLine(r: { exitCode?: number; stderr: string }, pattern: RegExp): void {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr.trim()).toMatch(pattern);
  expect(r.exitCode).toBe(2);
}

/** A directory of fake compilers that answer --version but fail to compile. */
function brokenCompilers(): string {
  const bin = join(tmp, 'bin');
  mkdirSync(bin, { recursive: true });
  const fake = (name: string, fail: string): void => {
    writeFileSync(join(bin, name), `#!/bin/sh\nif [ "$1" = --version ]; then echo "fake ${name} 1.0"; exit 0; fi\n${fail}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  fake('clang-16', 'echo "clang: error: unable to execute command" >&2; exit 1');
  fake('clang-14', 'kill -SEGV $$');
  return `${bin}:${process.env.PATH}`;
}

describe('no silent wrong answers', () => {
  it('refuses zero configs', async () => {
    expectOneLine(await run(['check', ok, '--compilers', '']), /^abifuzz: --compilers '' names no compiler/);
    expectOneLine(await run(['fuzz', '--compilers', '', '--corpus', 'corpus', '--runs', '1']), /^abifuzz: --compilers '' names no compiler/);
  });

  it('says a compiler that fails on a trivial unit is broken, instead of calling every prototype unsupported', async () => {
    const PATH = brokenCompilers();
    expectOneLine(await run(['check', ok, '--compilers', 'clang-16', '--opt', 'O0'], { PATH }), /^abifuzz: clang-16 \(clang-16\) is installed but broken: on a trivial translation unit it exits 1: clang: error: unable to execute command$/);
    expectOneLine(await run(['check', ok, '--compilers', 'clang-14', '--opt', 'O0'], { PATH }), /^abifuzz: clang-14 \(clang-14\) is installed but broken: on a trivial translation unit it dies of SIGSEGV$/);
    const doctor = await run(['doctor'], { PATH });
    expect(doctor.stdout).toMatch(/^ {2}broken {3}clang-16 .*it exits 1/m);
    expect(doctor.stdout).toMatch(/^ {2}broken {3}clang-14 .*SIGSEGV/m);
  });

  it('validates --jobs and --batch', async () => {
    expectOneLine(await run(['fuzz', '--jobs', '0', '--runs', '1']), /^abifuzz: --jobs takes a whole number from 1, not '0'$/);
    expectOneLine(await run(['fuzz', '--batch', '0', '--runs', '1']), /^abifuzz: --batch takes a whole number from 1, not '0'$/);
  });

  it('fails a replay of an empty corpus, an empty entry, and an entry that records no verdict', async () => {
    const empty = join(tmp, 'empty-corpus');
    mkdirSync(empty, { recursive: true });
    expectOneLine(await run(['replay', empty, '--compilers', 'gcc-12']), /holds no \.h entries: nothing to replay$/);
    const zero = file('zero-corpus/a.h', '');
    expectOneLine(await run(['replay', join(zero, '..'), '--compilers', 'gcc-12']), new RegExp(`^abifuzz: ${zero}: empty corpus entry`));
    const silent = file('silent-corpus/a.h', 'int f(int a);\n');
    expectOneLine(await run(['replay', join(silent, '..'), '--compilers', 'gcc-12']), new RegExp(`^abifuzz: ${silent} records no verdict`));
  });

  it('validates Expect-kinds: and refuses a second line of it', async () => {
    const unknown = file('kinds-corpus/a.h', '/*\n * Expect-kinds: layout, arg-locaton\n */\nint f(int a);\n');
    expectOneLine(await run(['replay', join(unknown, '..'), '--compilers', 'gcc-12']), /names 'arg-locaton', which is no finding kind/);
    const twice = file('twice-corpus/a.h', '/*\n * Expect-kinds: none\n * Expect-kinds: layout\n */\nint f(int a);\n');
    expectOneLine(await run(['replay', join(twice, '..'), '--compilers', 'gcc-12']), /2 'Expect-kinds:' lines, one is allowed/);
  });
});

describe('one line for every error a user can cause', () => {
  it('names a missing corpus directory', async () => {
    expectOneLine(await run(['replay', join(tmp, 'nope'), '--compilers', 'gcc-12']), /corpus .*nope: no such directory$/);
    expectOneLine(await run(['fuzz', '--corpus', join(tmp, 'nope'), '--runs', '1', '--compilers', 'gcc-12']), /corpus .*nope: no such directory$/);
  });

  it('checks --out and --junit before the campaign starts', async () => {
    const aFile = file('a-file', 'x');
    expectOneLine(await run(['fuzz', '--out', aFile, '--runs', '1000', '--compilers', 'gcc-12']), /^abifuzz: --out .*a-file: a file is in the way: name a directory$/);
    expectOneLine(await run(['fuzz', '--out', join(tmp, 'o'), '--junit', join(tmp, 'no-dir', 'j.xml'), '--runs', '1000', '--compilers', 'gcc-12']), /^abifuzz: --junit .*j\.xml: no directory /);
  });

  it('refuses an ABIFUZZ_QEMU that is not a qemu', async () => {
    expectOneLine(await run(['check', ok, '--compilers', 'gcc-12', '--opt', 'O0'], { ABIFUZZ_QEMU: '/bin/true' }), /^abifuzz: ABIFUZZ_QEMU=\/bin\/true is not a qemu/);
  });

  it('ends quietly with the status it earned when the reader of its output goes away', async () => {
    // Much more output than a pipe holds, and no finding: the earned status is 0.
    const many = file('many.h', Array.from({ length: 400 }, (_, i) => `long f${i}(long a, int b, char c);`).join('\n'));
    const child = execa('node', [CLI, 'check', many, '--compilers', 'gcc-12', '--opt', 'O0', '--json'], { reject: false, buffer: false });
    child.stdout!.once('data', () => child.stdout!.destroy());
    const r = await child;
    expect(r.exitCode).toBe(0);
  });

  it('says so in one line when the output or a report cannot be written (a full disk)', async () => {
    const r = await execa('sh', ['-c', `exec node ${CLI} check ${ok} --compilers gcc-12 --opt O0 > /dev/full`], { reject: false });
    expectOneLine(r, /^abifuzz: cannot write the output: no space left on the device \(ENOSPC\)$/);
    const j = await run(['fuzz', '--runs', '1', '--compilers', 'clang-19', '--opt', 'O2', '--out', join(tmp, 'o2'), '--junit', '/dev/full', '--json']);
    // After a campaign's own lines on stderr (its seed, its progress), the error's one line.
    expect(j.exitCode).toBe(2);
    expect(j.stderr).not.toMatch(/\n\s+at /);
    expect(j.stderr.trim().split('\n').pop()).toBe('abifuzz: cannot write /dev/full: no space left on the device (ENOSPC)');
    expect(JSON.parse(j.stdout).checked).toBe(1);
  });
});
