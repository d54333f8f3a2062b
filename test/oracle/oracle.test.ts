// Integration: real aarch64 compilers and qemu-user. Expected locations come from the
// AAPCS64 text (rule numbers in comments), not from the code under test.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { compareConfigs } from '../../src/diff/compare-configs.js';
import { runOracle } from '../../src/oracle/oracle.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { x86_64 } from '../../src/targets/x86_64/index.js';
import { byName, inputsOf, okConfig, piecesOf } from './helpers.js';

const both = makeConfigs(['gcc-12', 'clang-19'], ['O0', 'O2'], 'user');

describe('oracle on the arm64 many-args seeds', () => {
  it('places f0/f1/f2 as AAPCS64 says, in every config', async () => {
    const text = readFileSync('corpus/seeds/arm64-int128-alignment.h', 'utf8');
    const { observations } = await runOracle(inputsOf(text), { configs: both });
    // a,b,c: __int128 in even pairs (C.10, C.11); d: x6; e: 7 is odd -> round to 8 -> stack (C.13),
    // f: next 8-byte slot; g: s0 natural alignment 16 -> stack+32 (C.14); s1 packed -> 8 -> +24;
    // s2 is 64 bytes -> a copy passed by reference (B.4), the pointer in the slot at +24.
    const common = ['x0 x1', 'x2 x3', 'x4 x5', 'x6', 'stack+0', 'stack+16'];
    for (const cfg of both) {
      expect(piecesOf(okConfig(byName(observations, 'f0'), cfg.id))).toEqual([...common, 'stack+32', 'ret x0']);
      expect(piecesOf(okConfig(byName(observations, 'f1'), cfg.id))).toEqual([...common, 'stack+24', 'ret x0']);
      expect(piecesOf(okConfig(byName(observations, 'f2'), cfg.id))).toEqual([...common, 'ref(stack+24)', 'ret x0']);
    }
  });

  it('shows gcc passing an under-aligned copy of the aligned(64) struct (f2)', async () => {
    const text = readFileSync('corpus/compiler-bugs/gcc-byref-copy-underaligned.h', 'utf8');
    const { observations } = await runOracle(inputsOf(text), { configs: both });
    const findings = compareConfigs(observations[0]!);
    expect(findings.map((f) => [f.kind, f.arg, f.configs])).toEqual([['ref-underaligned', 6, ['gcc-12/O0', 'gcc-12/O2']]]);
    expect(okConfig(observations[0]!, 'clang-19/O2').args[6]!.refAlign).toBeGreaterThanOrEqual(64);
  });
});

describe('oracle reproducibility', () => {
  it('observes the same by-reference copy addresses whatever the size of the environment', async () => {
    // clang realigns the copy of a 64-aligned struct: beyond 64, where it lands depends on
    // where the harness's stack starts, which the environment's size used to move.
    const inputs = inputsOf('struct __attribute__((aligned(64))) big { char c[64]; };\nvoid f(int a, struct big b);\n');
    const clang = makeConfigs(['clang-19'], ['O0', 'O2'], 'user');
    const aligns: number[][] = [];
    const pads = [0, 500, 1000, 1500, 2000, 2500, 3000, 3500]; // bytes: SP moves through 4 KiB
    for (const pad of pads) {
      process.env.ABIFUZZ_TEST_PAD = 'x'.repeat(pad);
      const { observations } = await runOracle(inputs, { configs: clang });
      aligns.push(clang.map((c) => okConfig(observations[0]!, c.id).args[1]!.refAlign!));
    }
    delete process.env.ABIFUZZ_TEST_PAD;
    for (const a of aligns[0]!) expect(a).toBeGreaterThanOrEqual(64);
    expect(aligns).toEqual(pads.map(() => aligns[0]));
  });
});

describe('oracle _Bool bytes', () => {
  it('keeps _Bool bytes whose graffiti patterns collide in their own places', async () => {
    // 17 _Bool bytes share the 14 _Bool patterns. B.4: the 39-byte struct is copied and its
    // address passed; after x0-x7 that pointer takes stack+0 (C.13, C.17), x and y the next
    // 8-byte slots. Every _Bool of the copy is inside it, whatever x and y hold.
    const text = `struct many_bools { _Bool b[15]; long pad[3]; };
      int after_many_bools(long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, struct many_bools s, _Bool x, _Bool y);`;
    const { observations } = await runOracle(inputsOf(text), { configs: both });
    for (const cfg of both) {
      const c = okConfig(observations[0]!, cfg.id);
      expect(piecesOf(c).slice(8)).toEqual(['ref(stack+0)', 'stack+8', 'stack+16', 'ret x0']);
      expect(c.args[8]!.bytes.slice(0, 15)).toEqual(Array.from({ length: 15 }, (_, j) => `ref(stack+0)+${j}`));
    }
  });

  it('gives every _Bool of a two-dimensional array a pattern of its own', async () => {
    // An 8-byte composite goes in one general register (C.12): byte j in x0.j.
    const text = `struct s { short a : 6; _Bool b[3][2]; } __attribute__((packed)); void takes(struct s v);`;
    const { observations } = await runOracle(inputsOf(text), { configs: both });
    for (const cfg of both) expect(okConfig(observations[0]!, cfg.id).args[0]!.bytes.slice(1, 7)).toEqual(['x0.1', 'x0.2', 'x0.3', 'x0.4', 'x0.5', 'x0.6']);
  });
});

describe('oracle stale copies', () => {
  it('locates a 1-bit bit-field where the callee reads it, not in the v register clang -O0 copied it through', async () => {
    // The zero-width __int128 bit-field makes the struct 16-byte, 16-aligned: after seven
    // arguments NGRN is 7, C.10 rounds it to 8 and the struct goes on the stack (C.13).
    const text = `struct s0 { unsigned __int128 : 0; char a : 1; };
      void f0(unsigned char *p0, signed char p1, int p2, char p3, int p4, void *p5, unsigned int p6, struct s0 p7);`;
    const { observations } = await runOracle(inputsOf(text), { configs: both });
    for (const cfg of both) expect(piecesOf(okConfig(observations[0]!, cfg.id))[7]).toBe('stack+0');
  });
});

describe('oracle value classes', () => {
  it('finds registers, stack, by-reference, HFAs, _Bool and indirect results', async () => {
    const text = readFileSync('test/fixtures/value-classes.h', 'utf8');
    const { observations } = await runOracle(inputsOf(text), { configs: both });
    for (const cfg of both) {
      // B.4: over 16 bytes -> by reference; results: x8 (the caller's buffer).
      expect(piecesOf(okConfig(byName(observations, 'ret_big'), cfg.id))).toEqual(['x0', 'ref(x1)', 'ret ref(x8)']);
      // C.2: an HFA of four doubles in v0-v3, the float in v4; returned in v0-v3.
      expect(piecesOf(okConfig(byName(observations, 'ret_hfa'), cfg.id))).toEqual(['v0 v1 v2 v3', 'v4', 'ret v0 v1 v2 v3']);
      expect(piecesOf(okConfig(byName(observations, 'flags'), cfg.id))).toEqual(['x0', 'x1', 'x2', 'ret x0']);
      const bf = okConfig(byName(observations, 'bf'), cfg.id);
      expect(piecesOf(bf)).toEqual(['x0', 'x1', 'ret x0']);
      expect(bf.layouts[0]).toEqual({
        size: 4, align: 4,
        members: [
          { path: '.a', bitOffset: 0, bitWidth: 3 },
          { path: '.b', bitOffset: 3, bitWidth: 5 },
          { path: '.c', offset: 2, size: 2, align: 2 },
        ],
      });
    }
    expect(observations.flatMap(compareConfigs)).toEqual([]);
  });
});

describe('oracle isolation', () => {
  afterEach(() => {
    delete process.env.ABIFUZZ_TEST_CRASH_AT;
    delete process.env.ABIFUZZ_TEST_HANG_AT;
  });

  it('marks a type one compiler rejects as unsupported for that config only', async () => {
    const text = 'int plain(int a);\nint wide(_BitInt(65) a);\nint brain(__bf16 a);\n';
    const configs = makeConfigs(['gcc-12', 'clang-14', 'clang-19'], ['O0'], 'user');
    const { observations } = await runOracle(inputsOf(text), { configs });
    const status = (name: string): string[] => byName(observations, name).configs.map((c) => `${c.config}=${c.status}`);
    expect(status('plain')).toEqual(['gcc-12/O0=ok', 'clang-14/O0=ok', 'clang-19/O0=ok']);
    expect(status('wide')).toEqual(['gcc-12/O0=unsupported', 'clang-14/O0=ok', 'clang-19/O0=ok']);
    expect(status('brain')).toEqual(['gcc-12/O0=ok', 'clang-14/O0=unsupported', 'clang-19/O0=ok']);
  });

  it('refuses floating point under the kernel profile, as the kernel build would', async () => {
    const configs = makeConfigs(['gcc-12', 'clang-19'], ['O2'], 'kernel');
    const { observations } = await runOracle(inputsOf('int i(long a);\nint d(double a);\n'), { configs });
    expect(byName(observations, 'i').configs.map((c) => c.status)).toEqual(['ok', 'ok']);
    expect(byName(observations, 'd').configs.map((c) => c.status)).toEqual(['unsupported', 'unsupported']);
  });

  it('charges a harness crash to the prototype that was running; the rest still report', async () => {
    process.env.ABIFUZZ_TEST_CRASH_AT = '1';
    const configs = makeConfigs(['gcc-12'], ['O0'], 'user');
    const { observations } = await runOracle(inputsOf('int a(int x);\nint b(int x);\nint c(long x);\n'), { configs });
    expect(observations.map((o) => o.configs[0]!.status)).toEqual(['ok', 'runtime-crash', 'ok']);
    expect(compareConfigs(observations[1]!).map((f) => f.kind)).toEqual(['runtime-crash']);
    expect(piecesOf(okConfig(observations[2]!, 'gcc-12/O0'))).toEqual(['x0', 'ret x0']);
  });

  it('recovers from a crashing caller->callee pair inside the harness process, charging only that pair', async () => {
    // A gcc caller passes the union in x0; a clang callee takes x0 for its address.
    const text = 'enum big_e { BIG_A = 5 } __attribute__((aligned(64)));\nunion holds_big_e { enum big_e a; };\nint takes_union(union holds_big_e u, int b);\nint after(int x);\n';
    const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0'], 'user');
    const { observations, processes } = await runOracle(inputsOf(text), { configs });
    expect(processes).toBe(1);
    const cc = compareConfigs(byName(observations, 'takes_union')).find((f) => f.kind === 'caller-callee');
    expect(cc?.pairs).toEqual([['gcc-12/O0', 'clang-19/O0']]);
    expect(cc?.detail).toMatch(/killed by SIGSEGV/);
    expect(byName(observations, 'takes_union').configs.map((c) => c.status)).toEqual(['ok', 'ok']);
    for (const cfg of configs) expect(piecesOf(okConfig(byName(observations, 'after'), cfg.id))).toEqual(['x0', 'ret x0']);
  });

  it('runs a large batch in several harness processes, a crash in one costing only its prototype', async () => {
    // 70 prototypes: one harness per core (two here), 35 each; prototype 50 is the second's.
    process.env.ABIFUZZ_TEST_CRASH_AT = '50';
    const text = Array.from({ length: 70 }, (_, i) => `long f${i}(${i % 2 ? 'int' : 'long'} x, char y);`).join('\n');
    const { observations } = await runOracle(inputsOf(text), { configs: makeConfigs(['gcc-12'], ['O0'], 'user') });
    expect(observations.map((o) => o.configs[0]!.status)).toEqual(Array.from({ length: 70 }, (_, i) => (i === 50 ? 'runtime-crash' : 'ok')));
    for (const i of [0, 34, 35, 49, 51, 69]) expect(piecesOf(okConfig(observations[i]!, 'gcc-12/O0'))).toEqual(['x0', 'x1', 'ret x0']);
  });

  it('charges a hang to its prototype after the time-out', async () => {
    process.env.ABIFUZZ_TEST_HANG_AT = '0';
    const configs = makeConfigs(['clang-19'], ['O2'], 'user');
    const { observations } = await runOracle(inputsOf('int a(int x);\nint b(int x);\n'), { configs, timeoutMs: 3000 });
    const first = observations[0]!.configs[0]!;
    expect(first.status).toBe('runtime-crash');
    expect(first.status === 'runtime-crash' && first.message).toMatch(/timed out/);
    expect(observations[1]!.configs[0]!.status).toBe('ok');
  });
});

describe('oracle finds real compiler disagreements', () => {
  it('clang 16 and clang 19 disagree on a struct holding _BitInt(72), caller against callee', async () => {
    const configs = makeConfigs(['clang-16', 'clang-19'], ['O0'], 'user');
    const { observations } = await runOracle(inputsOf('struct sb { char c; _BitInt(72) b; };\nint g(struct sb s, int x);\n'), { configs });
    const kinds = compareConfigs(observations[0]!).map((f) => f.kind);
    expect(kinds).toContain('layout');
    expect(kinds).toContain('caller-callee');
    const cc = compareConfigs(observations[0]!).find((f) => f.kind === 'caller-callee')!;
    expect(cc.pairs).toEqual([['clang-16/O0', 'clang-19/O0'], ['clang-19/O0', 'clang-16/O0']]);
  });
});

describe('kernel selftest corpus', () => {
  it('has no finding in any installed config', async () => {
    const text = readFileSync('corpus/seeds/kernel-selftests.h', 'utf8');
    const configs = makeConfigs(['gcc-11', 'gcc-12', 'clang-14', 'clang-16', 'clang-19'], ['O0', 'O2'], 'kernel');
    const { observations } = await runOracle(inputsOf(text), { configs });
    expect(observations.flatMap(compareConfigs)).toEqual([]);
    expect(observations.every((o) => o.configs.every((c) => c.status === 'ok'))).toBe(true);
  });
});

describe('compiler crashes', () => {
  it('reports clang 16 crashing on an unaligned __bf16 load as compiler-crash, with its message', async () => {
    const text = readFileSync('corpus/compiler-bugs/clang16-bf16-unaligned-load.h', 'utf8');
    const configs = makeConfigs(['clang-16', 'clang-19'], ['O0', 'O2'], 'user');
    const { observations } = await runOracle(inputsOf(text), { configs });
    const statuses = observations[0]!.configs.map((c) => `${c.config}=${c.status}`);
    expect(statuses).toEqual(['clang-16/O0=ok', 'clang-16/O2=compiler-crash', 'clang-19/O0=ok', 'clang-19/O2=ok']);
    const crash = compareConfigs(observations[0]!).find((f) => f.kind === 'compiler-crash')!;
    expect(crash.configs).toEqual(['clang-16/O2']);
    expect(crash.detail).toMatch(/^Cannot select: 0x…: bf16,ch = load/);
  });

  it('leaves __bf16 out of clang 16 on x86-64, which crashes passing a pair of them', async () => {
    const text = readFileSync('corpus/compiler-bugs/clang16-x86-bf16-pair-crash.h', 'utf8');
    const caller = `${text}\nvoid g(struct s0 *p) { f0(*p); }\n`;
    const cc = spawnSync('clang-16', ['--target=x86_64-linux-gnu', '-O2', '-S', '-o', '/dev/null', '-x', 'c', '-', '-fno-crash-diagnostics'], { input: caller, encoding: 'utf8' });
    expect(cc.status).not.toBe(0);
    expect(cc.stderr).toContain('Cannot select');
    const configs = makeConfigs(['clang-16', 'clang-19'], ['O2'], 'user', x86_64);
    const { observations } = await runOracle(inputsOf(text), { configs });
    expect(observations[0]!.configs.map((c) => `${c.config}=${c.status}`)).toEqual(['clang-16/O2=unsupported', 'clang-19/O2=ok']);
    expect(piecesOf(okConfig(observations[0]!, 'clang-19/O2'))).toEqual(['xmm0', 'ret void']);
  });
});

describe('oracle known rejections', () => {
  it("does not ask clang 14 to compile a __bf16 prototype, and still runs the batch's others", async () => {
    const text = 'struct b { __bf16 a; float c; };\nvoid f(struct b x);\nvoid g(float y);\n';
    const { observations } = await runOracle(inputsOf(text), { configs: makeConfigs(['clang-14', 'clang-19'], ['O0'], 'user') });
    const f14 = byName(observations, 'f').configs.find((c) => c.config === 'clang-14/O0')!;
    expect(f14.status).toBe('unsupported');
    expect(f14.status === 'unsupported' && f14.message).toContain('has no __bf16');
    expect(piecesOf(okConfig(byName(observations, 'g'), 'clang-14/O0'))).toEqual(['v0', 'ret void']);
    // Two base types, no HFA: an 8-byte composite in x0 (C.12).
    expect(piecesOf(okConfig(byName(observations, 'f'), 'clang-19/O0'))).toEqual(['x0', 'ret void']);
  });
});

describe("the probe's stack window", () => {
  it('sees every element of bf16 vectors clang 16 passes one 8-byte slot per 2-byte element', async () => {
    // Two HVAs of four 16-byte bf16 vectors after the SIMD/FP registers run out: clang 16
    // passes each of their 32 elements in a slot of its own, 256 bytes of stack apiece
    // (clang16-bf16-vector-by-element). The window has to reach the last of them.
    const text = [
      'typedef __bf16 v8bf __attribute__((vector_size(16)));',
      'struct h4 { v8bf a, b, c, d; };',
      'void f(double a, double b, double c, double d, double e, double f, double g, double h, struct h4 x, struct h4 y);',
    ].join('\n');
    const configs = makeConfigs(['clang-16'], ['O2'], 'user');
    const { observations } = await runOracle(inputsOf(text), { configs });
    const y = okConfig(observations[0]!, 'clang-16/O2').args[9]!;
    // y's 32 elements lie in the 8-byte slots after x's 32: the last one at stack+504.
    expect(y.bytes.filter((b) => b === '?')).toEqual([]);
    expect(y.bytes.slice(-2)).toEqual(['stack+504', 'stack+505']);
  });
});
