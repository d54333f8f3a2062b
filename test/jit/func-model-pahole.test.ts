// The BTF path: a hand-made BTF blob for the parser, then real BTF from gcc/clang -g and
// pahole, checked against the IR path (what from-ir.ts predicts pahole emits, and the
// models distilled from both).
import { execa } from 'execa';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { functionsOf, type Header } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { prefixGlobalNames } from '../../src/c/rename.js';
import { headerArb } from '../../src/gen/arbitrary.js';
import { BtfGraph } from '../../src/bpf/func-model/btf-graph.js';
import { BtfFormatError, parseBtf } from '../../src/bpf/func-model/btf-parse.js';
import type { BtfFunc, BtfType } from '../../src/bpf/func-model/btf.js';
import { definitionsSource } from '../../src/bpf/func-model/c-source.js';
import { distillFromBtf } from '../../src/bpf/func-model/distill-from-btf.js';
import { distillFuncModel } from '../../src/bpf/func-model/distill.js';
import { btfFuncOf } from '../../src/bpf/func-model/from-ir.js';
import type { BtfFuncModel, Distilled } from '../../src/bpf/func-model/model.js';
import { paholeBtf, type BtfCompiler } from '../../src/toolchains/pahole.js';

/** A BTF blob: `int f(int x)`, in either byte order. */
function tinyBtf(le: boolean): Uint8Array {
  const strings = '\0int\0x\0f\0';
  const words = [
    1, 1 << 24, 4, (1 << 24) | 32, //       [1] INT 'int' size 4, SIGNED, 32 bits
    0, (13 << 24) | 1, 1, 5, 1, //          [2] FUNC_PROTO returning [1], param 'x': [1]
    7, 12 << 24, 2, //                      [3] FUNC 'f' -> [2]
  ];
  const typeLen = words.length * 4;
  const buf = new DataView(new ArrayBuffer(24 + typeLen + strings.length));
  buf.setUint16(0, 0xeb9f, le);
  buf.setUint8(2, 1);
  [24, 0, typeLen, typeLen, strings.length].forEach((v, i) => buf.setUint32(4 + 4 * i, v, le));
  words.forEach((w, i) => buf.setUint32(24 + 4 * i, w, le));
  [...strings].forEach((ch, i) => buf.setUint8(24 + typeLen + i, ch.charCodeAt(0)));
  return new Uint8Array(buf.buffer);
}

describe('BTF parser', () => {
  for (const le of [true, false]) {
    it(`reads a ${le ? 'little' : 'big'}-endian blob`, () => {
      const g = new BtfGraph(parseBtf(tinyBtf(le)));
      const int: BtfType = { kind: 'int', name: 'int', size: 4, encoding: 1, bits: 32 };
      expect(g.func('f')).toEqual({ name: 'f', ret: int, params: [{ name: 'x', type: int }] });
      expect(distillFromBtf(g, 'f')).toEqual({ ok: true, model: { nrArgs: 1, argSize: [4], argFlags: [2], retSize: 4, retFlags: 2, btfAlign: [4], largestMemberSize: [0], reworkAlign: [4] } });
      expect(distillFromBtf(g, 'g')).toMatchObject({ ok: false, kind: 'not-in-btf' });
    });
  }
  it('rejects bad magic and truncation', () => {
    const bad = tinyBtf(true);
    expect(() => parseBtf(bad.subarray(0, 30))).toThrow(BtfFormatError);
    bad[0] = 0;
    expect(() => parseBtf(bad)).toThrow(/magic/);
  });
});

const havePahole = await execa('pahole', ['--version'], { reject: false }).then((r) => r.exitCode === 0 ? r.stdout.trim() : undefined, () => undefined);

async function btfOf(source: string, compiler: BtfCompiler = 'gcc'): Promise<BtfGraph> {
  const r = await paholeBtf(source, compiler);
  if (!r.ok) throw new Error(`${r.stage}: ${r.message}`);
  return new BtfGraph(parseBtf(r.btf));
}

/** The fields BTF can know, for comparing the two paths. */
function btfPart(d: Distilled): Distilled<BtfFuncModel> {
  if (!d.ok) return d;
  const { trueAlign: _t, naturalAlign: _n, ...model } = d.model;
  return { ok: true, model };
}

/** Both paths agree on every function of `h`: the BTF itself, and the distilled model. */
function expectAgreement(h: Header, g: BtfGraph, normalize: (f: BtfFunc) => BtfFunc = (f) => f): void {
  for (const fn of functionsOf(h)) {
    const fromIr = distillFuncModel(h, fn);
    if (!fromIr.ok && fromIr.kind === 'not-encodable') continue;
    const real = g.func(fn.name);
    expect(real, `${fn.name} in BTF`).toBeDefined();
    expect(normalize(real!), fn.name).toEqual(normalize(withoutDwarfOnly(btfFuncOf(h, fn))));
    expect(distillFromBtf(g, fn.name), fn.name).toEqual(btfPart(fromIr));
  }
}

describe.runIf(havePahole)(`real BTF from pahole ${havePahole ?? ''}`, () => {
  const seed = (file: string): Header => parseHeader(readFileSync(new URL(`../../corpus/seeds/${file}`, import.meta.url), 'utf8'), file);

  it('the kernel selftest prototypes: IR and BTF paths agree', async () => {
    const h = seed('kernel-selftests.h');
    expectAgreement(h, await btfOf(definitionsSource(h)));
  });

  it('the RFC review prototypes: packed s1 and aligned(64) s2 look the same in BTF', async () => {
    const h = seed('arm64-int128-alignment.h');
    const g = await btfOf(definitionsSource(h));
    expectAgreement(h, g);
    expect(distillFromBtf(g, 'f2')).toMatchObject({ ok: false, kind: 'arg-too-big', arg: 6 });
  });

  it('_BitInt via clang: INT of the byte size, SIGNED unless unsigned', async () => {
    const h = parseHeader('struct bs { _BitInt(7) a; unsigned _BitInt(65) b; };\nint f(_BitInt(7) a, unsigned _BitInt(33) b, _BitInt(128) c, struct bs *d);', 'b.h');
    expectAgreement(h, await btfOf(definitionsSource(h), 'clang'), withoutBaseNames);
  });

  it('drops: an unnamed parameter hides the function; _Complex fails the whole object', async () => {
    // gcc 12 refuses an unnamed parameter in a definition before C2x; clang takes it.
    const g = await btfOf('int named(int a, long b) { return a; }\nint unnamed(int, long b) { return b; }\n', 'clang');
    expect(distillFromBtf(g, 'named').ok).toBe(true);
    expect(distillFromBtf(g, 'unnamed')).toMatchObject({ ok: false, kind: 'not-in-btf', reason: 'pahole left unnamed out of BTF' });
    const complex = await paholeBtf('int f(_Complex double z) { return 0; }\n');
    expect(complex).toMatchObject({ ok: false, stage: 'pahole' });
  });

  it('a union bit-field of an under-aligned type fails pahole exactly where gcc-dwarf.ts says', async () => {
    const cases: [string, number, boolean][] = [
      ['long', 1, true], ['long', 8, true], ['long', 49, true], ['long', 57, false],
      ['long __attribute__((aligned(4)))', 20, true], ['long __attribute__((aligned(4)))', 40, false],
      ['int __attribute__((aligned(2)))', 16, true], ['int __attribute__((aligned(2)))', 20, false],
      ['short', 9, false],
    ];
    for (const [type, width, fails] of cases) {
      const decl = type.includes('aligned') ? `typedef ${type} t;` : `typedef ${type} t __attribute__((aligned(1)));`;
      const h = parseHeader(`${decl}\nunion u { t b : ${width}; short c; };\nint f(union u *p);`, 'u.h');
      expect(distillFuncModel(h, functionsOf(h)[0]!).ok, `${type} : ${width}`).toBe(!fails);
      expect((await paholeBtf(definitionsSource(h))).ok, `${type} : ${width}`).toBe(!fails);
    }
  });

  it.runIf(havePahole === 'v1.24')('v1.24 still encodes a packed struct passed on the stack (9th argument)', async () => {
    const h = parseHeader('struct pk { char c; int i; } __attribute__((packed));\nint f(long a, long b, long c, long d, long e, long g, long h, long i, struct pk j);', 'p.h');
    const g = await btfOf(definitionsSource(h));
    expectAgreement(h, g);
    expect(distillFromBtf(g, 'f')).toMatchObject({ ok: true, model: { argSize: [8, 8, 8, 8, 8, 8, 8, 8, 5], btfAlign: [8, 8, 8, 8, 8, 8, 8, 8, 1] } });
  });

  for (const [profile, runs] of [['kernel', 40], ['user', 40]] as const) {
    it(`generated ${profile} headers: pahole emits what from-ir.ts predicts`, async () => {
      const headers = fc.sample(headerArb({ profile }), { numRuns: runs, seed: 11 }).map((h, i) => prefixGlobalNames(h, `h${i}_`));
      // One unencodable type fails pahole for the whole batch: those are tested apart.
      const encodable = (h: Header): boolean => functionsOf(h).every((fn) => {
        const d = distillFuncModel(h, fn);
        return d.ok || d.kind !== 'not-encodable';
      });
      const usable = headers.filter(encodable);
      for (const compiler of ['gcc', 'clang'] as const) {
        const batch = usable.filter((h) => (compiler === 'clang') === /"t":"bitint"/.test(JSON.stringify(h)));
        if (batch.length === 0) continue;
        const merged: Header = { decls: batch.flatMap((h) => h.decls) };
        const g = await btfOf(definitionsSource(merged), compiler);
        // from-ir.ts follows gcc's layout; clang differs under some attributes (aligned
        // enums, bit-fields of over-aligned typedefs: src/model/DEVIATIONS.md).
        const comparable = compiler === 'gcc' ? batch : batch.filter((h) => !/"aligned":|"packed":true|"pack":|"alignas"/.test(JSON.stringify(h)));
        for (const h of comparable) expectAgreement(h, g, compiler === 'clang' ? withoutBaseNames : undefined);
      }
    });
  }
});

/** `f` with `node` applied to every type in it, bottom up. */
function mapTypes(f: BtfFunc, node: (x: BtfType) => BtfType): BtfFunc {
  const t = (x: BtfType): BtfType => {
    switch (x.kind) {
      case 'array': return node({ ...x, elem: t(x.elem) });
      case 'typedef': case 'modifier': return node({ ...x, type: t(x.type) });
      case 'struct': case 'union': return node({ ...x, members: x.members.map((m) => ({ ...m, type: t(m.type) })) });
      default: return node(x);
    }
  };
  return { ...f, ret: t(f.ret), params: f.params.map((p) => ({ ...p, type: t(p.type) })) };
}

/** clang names base types differently from gcc (`long` for `long int`). */
function withoutBaseNames(f: BtfFunc): BtfFunc {
  return mapTypes(f, (x) => (x.kind === 'int' || x.kind === 'float' ? { ...x, name: '' } : x));
}

/** DW_AT_alignment is DWARF's, not BTF's: the IR path keeps it for pahole's filters. */
function withoutDwarfOnly(f: BtfFunc): BtfFunc {
  return mapTypes(f, (x) => {
    if (x.kind !== 'struct' && x.kind !== 'union') return x;
    const { alignAttr: _a, ...rest } = x;
    return rest;
  });
}
