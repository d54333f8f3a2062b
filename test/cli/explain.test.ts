import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/src/cli/main.js';

describe('abifuzz explain', () => {
  it('gives the rules, natural alignment and NGRN/NSAA steps next to what the compilers did', async () => {
    const r = await execa('node', [CLI, 'explain', 'corpus/seeds/arm64-int128-alignment.h', '--compilers', 'gcc-12,clang-19', '--opt', 'O2'], { reject: false });
    expect(r.exitCode).toBe(0);
    const f1 = r.stdout.split('\n\n')[1]!;
    // e: the odd NGRN 7 rounds to 8 (C.10), nothing fits (C.13), the stack slot is 16-aligned (C.14).
    expect(f1).toMatch(/ e __int128\n {4}model: stack\+0 {3}natural alignment 16 {3}NGRN 7->8 {2}NSRN 0 {2}NSAA 0->16\n(.*\n)*? {6}C\.10: [^\n]*\n {6}C\.13: [^\n]*\n {6}C\.14: /);
    // g: packed makes its natural alignment 1, so the slot is only 8-aligned: stack+24.
    expect(f1).toMatch(/ g struct s1\n {4}model: stack\+24 {3}natural alignment 1 /);
    expect(f1).toMatch(/ g struct s1\n(.*\n)*? {4}compilers: stack\+24 \(gcc-12\/O2 clang-19\/O2\)/);
  });

  it('works without compilers', async () => {
    const r = await execa('node', [CLI, 'explain', 'corpus/seeds/kernel-selftests.h', '--model-only'], { reject: false });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/ h struct arg_5\n {4}model: stack\+0 /);
    expect(r.stdout).not.toMatch(/compilers:/);
  });
});
