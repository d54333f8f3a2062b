import { execa } from 'execa';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';

describe('abifuzz replay', () => {
  it('passes entries whose verdict holds and fails, naming it, the one that changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abifuzz-replay-'));
    writeFileSync(join(dir, 'holds.h'), '/*\n * Expect-kinds: none\n */\nint plain(int a, long b);\n');
    writeFileSync(join(dir, 'stale.h'), '/*\n * Recorded before gcc and clang agreed (they never did).\n * Expect-kinds: none\n */\nenum e { A = 5 } __attribute__((aligned(64)));\nunion u { enum e a; };\nint f(union u x);\n');
    const r = await execa('node', [CLI, 'replay', dir, '--compilers', 'gcc-12,clang-19', '--opt', 'O0'], { reject: false });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(`ok      ${join(dir, 'holds.h')}`);
    expect(r.stdout).toContain(`CHANGED ${join(dir, 'stale.h')}: recorded none, now arg-location, caller-callee, layout, model-mismatch  [known: clang-enum-aligned]`);
    expect(r.stdout).toContain('1 unchanged, 1 changed; 1 explained by known compiler deviations, 0 with findings no dialect explains');
  });

  it('speaks root causes in its JSON: what the dialects explain, and what they do not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abifuzz-replay-'));
    writeFileSync(join(dir, 'enum.h'), '/*\n * Expect-kinds: arg-location, caller-callee, layout, model-mismatch\n */\nenum e { A = 5 } __attribute__((aligned(64)));\nunion u { enum e a; };\nint f(union u x);\n');
    writeFileSync(join(dir, 'crash.h'), readFileSync('corpus/compiler-bugs/clang14-16-bitint-bitfield-union.h', 'utf8'));
    const r = await execa('node', [CLI, 'replay', dir, '--compilers', 'gcc-12,clang-16', '--opt', 'O0', '--json'], { reject: false });
    const results = JSON.parse(r.stdout).results as { file: string; rootCauses: string[]; unexplained: string[] }[];
    expect(results.find((x) => x.file.endsWith('enum.h'))).toMatchObject({ rootCauses: ['clang-enum-aligned'], unexplained: [] });
    expect(results.find((x) => x.file.endsWith('crash.h'))).toMatchObject({ unexplained: ['compiler-crash'] });
  });

  it('runs an entry in the profile it records unless --profile says otherwise', async () => {
    // gcc and clang pass this HFA differently, but a kernel build refuses floating point.
    const dir = mkdtempSync(join(tmpdir(), 'abifuzz-replay-'));
    writeFileSync(join(dir, 'kernel.h'), '/*\n * Profile: kernel\n * Expect-kinds: none\n */\nstruct hb { __bf16 a, b; };\nint f(struct hb x, float y);\n');
    const args = [CLI, 'replay', dir, '--compilers', 'gcc-12,clang-19', '--opt', 'O0'];
    expect((await execa('node', args, { reject: false })).exitCode).toBe(0);
    const user = await execa('node', [...args, '--profile', 'user'], { reject: false });
    expect(user.exitCode).toBe(1);
    expect(user.stdout).toMatch(/CHANGED .*kernel\.h: recorded none, now .*arg-location/);
  });

  it('rejects a Profile: line that names no profile with one line and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abifuzz-replay-'));
    writeFileSync(join(dir, 'typo.h'), '/*\n * Profile: kernal\n * Expect-kinds: none\n */\nint f(int a);\n');
    const r = await execa('node', [CLI, 'replay', dir, '--compilers', 'gcc-12', '--opt', 'O0'], { reject: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toBe(`abifuzz: ${join(dir, 'typo.h')}: 'Profile: kernal' names no profile: write user or kernel`);
  });

  it('checks each variant\'s recorded verdicts (Expect-jit:), by its name or an older one', async () => {
    // long f(long a, __int128 b): C.9 puts b in x2/x3; mainline's greedy walk reads x1/x2,
    // the 2026-09 walk rounds to the even pair.
    const dir = mkdtempSync(join(tmpdir(), 'abifuzz-replay-'));
    const entry = (verdict: string): string => `/*\n * Profile: kernel\n * Expect-kinds: jit-ctx, jit-forward\n * Jit: linux-mainline,place-args modes fentry\n * Expect-jit: place-args: correct\n * Expect-jit: linux-mainline: ${verdict}\n */\nlong f(long a, __int128 b);\n`;
    writeFileSync(join(dir, 'odd.h'), entry('jit-ctx, jit-forward'));
    const args = [CLI, 'replay', dir, '--compilers', 'gcc-12', '--opt', 'O0'];
    expect((await execa('node', args, { reject: false })).exitCode).toBe(0);
    writeFileSync(join(dir, 'odd.h'), entry('correct'));
    const r = await execa('node', args, { reject: false });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(`CHANGED ${join(dir, 'odd.h')}: linux-c48796aa6c39-2026-08: recorded correct, now jit-ctx, jit-forward`);
    writeFileSync(join(dir, 'odd.h'), entry('fine'));
    const bad = await execa('node', args, { reject: false });
    expect([bad.exitCode, bad.stderr.trim()]).toEqual([2, `abifuzz: ${join(dir, 'odd.h')}: 'Expect-jit: linux-mainline: fine' names 'fine': use correct, refused, not-run, not-in-btf, jit-ctx, jit-forward, jit-ret, jit-regs, jit-crash, jit-kfunc, jit-kfunc-crash, jit-btf-hole`]);
  });
});
