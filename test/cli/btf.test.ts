// `abifuzz btf`: real BTF from the installed pahole, as a kernel build makes it, distilled
// as btf_distill_func_proto does. Expectations are the kernel's rules (sizes from BTF,
// STRUCT for struct and union, SIGNED for signed ints, > 16 bytes refused), not the code's.
import { execa } from 'execa';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => execa('node', ['dist/src/cli/main.js', 'btf', ...args], { reject: false });
const tmp = mkdtempSync(join(tmpdir(), 'abifuzz-btf-'));

interface Report { functions: { name: string; btf: { ok: boolean; kind?: string; model?: { argSize: number[]; argFlags: number[]; retSize: number } }; agrees: boolean }[] }

describe('abifuzz btf', () => {
  it("reports what the kernel distills from pahole's BTF, and that abifuzz predicts the same", async () => {
    const h = join(tmp, 'f.h');
    writeFileSync(h, 'struct s { __int128 x; };\nunion u { int a; char b; };\nlong f(struct s a, short b, union u c, unsigned char d);\nint big(char a[32]);\nstruct t { char c[24]; };\nint g(struct t x);\n');
    const r = await run([h, '--json']);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const f = report.functions.find((x) => x.name === 'f')!;
    // struct 16 (STRUCT), short 2 (SIGNED), union 4 (STRUCT: unions count), unsigned char 1 (no flag)
    expect(f.btf.model).toMatchObject({ argSize: [16, 2, 4, 1], argFlags: [1, 2, 1, 0], retSize: 8 });
    // an array parameter is a pointer: 8 bytes
    expect(report.functions.find((x) => x.name === 'big')!.btf.model).toMatchObject({ argSize: [8] });
    // a 24-byte struct by value is over the 16-byte limit
    expect(report.functions.find((x) => x.name === 'g')!.btf).toMatchObject({ ok: false, kind: 'arg-too-big' });
    expect(report.functions.every((x) => x.agrees)).toBe(true);
  });

  it('rejects an unknown compiler family with one line', async () => {
    const h = join(tmp, 'g.h');
    writeFileSync(h, 'int f(int a);\n');
    const r = await run([h, '--compiler', 'icc']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toBe("abifuzz: --compiler takes gcc or clang, not 'icc'");
  });
});
