// The A64 encoder against the GNU assembler: every instruction form is written out as
// assembly text for hand-picked edge operands and for seeded random ones, the whole lot is
// assembled once with aarch64-linux-gnu-as, and each word must equal the encoder's.
// Branch and adr targets are written `.+offset`, so the assembler computes the offsets.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cross, FormTable, mismatches, runTool, seededDraws } from './encoder-forms.js';
import * as A from '../../src/targets/aarch64/jit/a64/encode.js';
import { FP, LR, SP, ZR } from '../../src/targets/aarch64/jit/a64/registers.js';

const RANDOM = 40;
const draw = seededDraws(0xa64, RANDOM);

// ---- operand spelling ---------------------------------------------------------------------

const xs = (r: number): string => (r === 31 ? 'sp' : `x${r}`);
const xz = (r: number): string => (r === 31 ? 'xzr' : `x${r}`);
const wz = (r: number): string => (r === 31 ? 'wzr' : `w${r}`);
const rel = (offset: number): string => (offset < 0 ? `.${offset}` : `.+${offset}`);

const EDGE_REGS = [0, 1, 7, 18, FP, LR, 31];
const regArb = fc.integer({ min: 0, max: 31 });
/** Multiples of `scale` in lo..hi. */
const scaledArb = (lo: number, hi: number, scale: number): fc.Arbitrary<number> =>
  fc.integer({ min: lo / scale, max: hi / scale }).map((k) => k * scale);

// ---- the forms ----------------------------------------------------------------------------

const table = new FormTable<number>();
const form = table.add.bind(table);

form('nop', [null], () => 'nop', () => A.nop());

const regPairs = [...cross(EDGE_REGS, EDGE_REGS), ...draw(fc.tuple(regArb, regArb))];
form('movReg', regPairs, ([d, m]) => `mov ${xz(d)}, ${xz(m)}`, ([d, m]) => A.movReg(d, m));
form('movSp', regPairs, ([d, n]) => `add ${xs(d)}, ${xs(n)}, #0`, ([d, n]) => A.movSp(d, n));
// the assembler spells the SP-involving ADD #0 as mov too; both spellings must agree
form('movSp as mov', [[SP, FP], [FP, SP], [0, SP], [SP, 9]] as [number, number][], ([d, n]) => `mov ${xs(d)}, ${xs(n)}`, ([d, n]) => A.movSp(d, n));

const SHIFTS16 = [0, 16, 32, 48] as const;
const wideOperands: [number, number, number][] = [
  ...cross(EDGE_REGS, SHIFTS16).flatMap(([r, s]) => [0, 1, 0x8000, 0xffff].map((i): [number, number, number] => [r, i, s])),
  ...draw(fc.tuple(regArb, fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(...SHIFTS16))),
];
for (const op of ['movz', 'movk', 'movn'] as const) {
  form(op, wideOperands, ([r, i, s]) => `${op} ${xz(r)}, #${i}, lsl #${s}`, ([r, i, s]) => A[op](r, i, s));
}

const arithImmArb = fc.oneof(fc.integer({ min: 0, max: 4095 }), scaledArb(4096, 4095 * 4096, 4096));
const EDGE_ARITH_IMMS = [0, 1, 2047, 4095, 4096, 8192, 0x800000, 4095 * 4096];
const arithImmOperands: [number, number, number][] = [
  ...cross(cross(EDGE_REGS, EDGE_REGS), EDGE_ARITH_IMMS).map(([[d, n], i]): [number, number, number] => [d, n, i]),
  ...draw(fc.tuple(regArb, regArb, arithImmArb)),
];
// plain `#imm`: the assembler itself picks the LSL #12 form for multiples of 4096
form('addImm', arithImmOperands, ([d, n, i]) => `add ${xs(d)}, ${xs(n)}, #${i}`, ([d, n, i]) => A.addImm(d, n, i));
form('subImm', arithImmOperands, ([d, n, i]) => `sub ${xs(d)}, ${xs(n)}, #${i}`, ([d, n, i]) => A.subImm(d, n, i));
form('addImm lsl #12 spelled out', [[0, 1, 1], [SP, SP, 4095], [3, SP, 16]] as [number, number, number][],
  ([d, n, k]) => `add ${xs(d)}, ${xs(n)}, #${k}, lsl #12`, ([d, n, k]) => A.addImm(d, n, k * 4096));

const shiftOperands: [number, number, number][] = [
  ...cross(cross(EDGE_REGS, EDGE_REGS), [0, 1, 31, 32, 63]).map(([[d, n], s]): [number, number, number] => [d, n, s]),
  ...draw(fc.tuple(regArb, regArb, fc.integer({ min: 0, max: 63 }))),
];
for (const [op, fn] of [['lsl', A.lslImm], ['lsr', A.lsrImm]] as const) {
  form(`${op}Imm`, shiftOperands, ([d, n, s]) => `${op} ${xz(d)}, ${xz(n)}, #${s}`, ([d, n, s]) => fn(d, n, s));
}

// ---- loads and stores

const SIZES = [1, 2, 4, 8] as const;
type Size = (typeof SIZES)[number];
const dataReg = (size: Size, r: number): string => (size === 8 ? xz(r) : wz(r));
const suffix = (size: Size): string => (size === 1 ? 'b' : size === 2 ? 'h' : '');

type Access = [Size, number, number, number];
const accessOperands = (edgeOffsets: (size: Size) => number[], offsetArb: (size: Size) => fc.Arbitrary<number>): Access[] =>
  SIZES.flatMap((size) => [
    ...cross(cross(EDGE_REGS, EDGE_REGS), edgeOffsets(size)).map(([[t, n], o]): Access => [size, t, n, o]),
    ...draw(fc.tuple(regArb, regArb, offsetArb(size))).map(([t, n, o]): Access => [size, t, n, o]),
  ]);

const scaledAccess = accessOperands((s) => [0, s, 4095 * s], (s) => scaledArb(0, 4095 * s, s));
for (const [op, fn] of [['ldr', A.ldrImm], ['str', A.strImm]] as const) {
  form(`${op}Imm`, scaledAccess, ([s, t, n, o]) => `${op}${suffix(s)} ${dataReg(s, t)}, [${xs(n)}, #${o}]`, ([s, t, n, o]) => fn(s, t, n, o));
}

type PairOp = [number, number, number, number];
const pairArb = fc.tuple(regArb, regArb, regArb, scaledArb(-512, 504, 8));
const pairEdges: PairOp[] = cross(cross([0, FP, 19, ZR], [1, LR, 20, ZR]), [SP, 2, 29]).flatMap(([[t, t2], n]) =>
  [-512, -16, 0, 8, 504].map((o): PairOp => [t, t2, n, o]));
// the Arm ARM's CONSTRAINED UNPREDICTABLE cases are left out: the encoder refuses them
const loadable = ([t, t2]: PairOp): boolean => t !== t2;
const noWritebackClash = ([t, t2, n]: PairOp): boolean => n === 31 || (n !== t && n !== t2);
const pairs = (keep: (p: PairOp) => boolean): PairOp[] => [...pairEdges, ...draw(pairArb, 3 * RANDOM)].filter(keep);

form('stpPre', pairs(noWritebackClash), ([t, t2, n, o]) => `stp ${xz(t)}, ${xz(t2)}, [${xs(n)}, #${o}]!`,
  ([t, t2, n, o]) => A.stpPre(t, t2, n, o));
form('ldpPost', pairs((p) => loadable(p) && noWritebackClash(p)), ([t, t2, n, o]) => `ldp ${xz(t)}, ${xz(t2)}, [${xs(n)}], #${o}`,
  ([t, t2, n, o]) => A.ldpPost(t, t2, n, o));

// ---- branches

const B26 = 1 << 27;
const B19 = 1 << 20;
const branchOffsets = (range: number, scale: number): number[] => [
  0, scale, -scale, range - scale, -range, ...draw(scaledArb(-range, range - scale, scale)),
];
form('b', branchOffsets(B26, 4), (o) => `b ${rel(o)}`, (o) => A.b(o));
form('bl', branchOffsets(B26, 4), (o) => `bl ${rel(o)}`, (o) => A.bl(o));

const regOffsets = (range: number, scale: number): [number, number][] => [
  ...cross(EDGE_REGS, [0, scale, -scale, range - scale, -range]),
  ...draw(fc.tuple(regArb, scaledArb(-range, range - scale, scale))),
];
form('cbz', regOffsets(B19, 4), ([r, o]) => `cbz ${xz(r)}, ${rel(o)}`, ([r, o]) => A.cbz(r, o));
form('cbnz', regOffsets(B19, 4), ([r, o]) => `cbnz ${xz(r)}, ${rel(o)}`, ([r, o]) => A.cbnz(r, o));

const allRegs = Array.from({ length: 32 }, (_, r) => r);
form('br', allRegs, (r) => `br ${xz(r)}`, (r) => A.br(r));
form('blr', allRegs, (r) => `blr ${xz(r)}`, (r) => A.blr(r));
form('ret', allRegs, (r) => `ret ${xz(r)}`, (r) => A.ret(r));
form('ret default', [null], () => 'ret', () => A.ret());

// ---- assembling ---------------------------------------------------------------------------

const all = table.cases;
const dir = mkdtempSync(join(tmpdir(), 'abifuzz-a64-'));
let assembled: Uint32Array;


beforeAll(() => {
  writeFileSync(join(dir, 'all.s'), all.map((c) => `\t${c.asm}\n`).join(''));
  const warnings = runTool('aarch64-linux-gnu-as', ['-o', join(dir, 'all.o'), join(dir, 'all.s')]);
  // a warning (say "unpredictable") means a test case is not what the encoder should emit
  expect(warnings).toBe('');
  runTool('aarch64-linux-gnu-objcopy', ['-O', 'binary', '-j', '.text', join(dir, 'all.o'), join(dir, 'all.bin')]);
  const bin = readFileSync(join(dir, 'all.bin'));
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  assembled = Uint32Array.from({ length: bin.byteLength / 4 }, (_, i) => view.getUint32(i * 4, true));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hex = (w: number): string => w.toString(16).padStart(8, '0');

describe('the encoder matches aarch64-linux-gnu-as', () => {
  it('assembled one word per case', () => {
    expect(table.total).toBeGreaterThan(2000);
    expect(assembled.length).toBe(table.total);
  });

  for (const f of table.forms) {
    it(`${f.name} (${f.cases.length} instances)`, () => {
      expect(mismatches(f, Array.from(assembled), hex)).toEqual([]);
    });
  }
});

describe('the encoder refuses what does not fit', () => {
  const refused: [string, () => unknown][] = [
    ['register 32', () => A.movReg(32, 0)],
    ['register -1', () => A.addImm(0, -1, 0)],
    ['register 1.5', () => A.br(1.5)],
    ['move-wide immediate 0x10000', () => A.movz(0, 0x10000, 0)],
    ['move-wide immediate -1', () => A.movk(0, -1, 0)],
    ['move-wide shift 8', () => A.movn(0, 1, 8)],
    ['move-wide shift 64', () => A.movz(0, 1, 64)],
    ['add immediate 4097', () => A.addImm(0, 1, 4097)],
    ['add immediate -1', () => A.addImm(0, 1, -1)],
    ['add immediate 4096 << 12', () => A.addImm(0, 1, 4096 * 4096)],
    ['sub immediate 0.5', () => A.subImm(0, 1, 0.5)],
    ['lsl 64', () => A.lslImm(0, 1, 64)],
    ['lsr -1', () => A.lsrImm(0, 1, -1)],
    ['access size 3', () => A.ldrImm(3 as 4, 0, 1, 0)],
    ['ldr x misaligned', () => A.ldrImm(8, 0, 1, 4)],
    ['ldr x past 32760', () => A.ldrImm(8, 0, 1, 32768)],
    ['ldrh negative', () => A.ldrImm(2, 0, 1, -2)],
    ['strb past 4095', () => A.strImm(1, 0, 1, 4096)],
    ['stp pre-index writing back a data register', () => A.stpPre(0, 1, 1, -16)],
    ['ldp post-index writing back a data register', () => A.ldpPost(0, 1, 0, 16)],
    ['ldp post-index to one register twice', () => A.ldpPost(3, 3, 2, 16)],
    ['stp pre-index misaligned', () => A.stpPre(0, 1, 2, 4)],
    ['stp pre-index 512', () => A.stpPre(0, 1, 2, 512)],
    ['b misaligned', () => A.b(2)],
    ['b past +128 MiB', () => A.b(B26)],
    ['bl past -128 MiB', () => A.bl(-B26 - 4)],
    ['cbz past -1 MiB', () => A.cbz(0, -B19 - 4)],
    ['cbnz misaligned', () => A.cbnz(0, 6)],
    ['movImm64 2^64', () => A.movImm64(0, 1n << 64n)],
    ['movImm64 -2^63 - 1', () => A.movImm64(0, -(1n << 63n) - 1n)],
  ];
  it.each(refused)('%s', (_, encode) => {
    expect(encode).toThrow(/^a64: /);
  });
});

// ---- movImm64 -----------------------------------------------------------------------------

/** Decodes a move-wide word from the Arm ARM's field layout (sf opc 100101 hw imm16 Rd). */
function decodeMoveWide(w: number): { op: 'movn' | 'movz' | 'movk'; hw: number; imm16: number; rd: number } {
  const ops = { 0b100: 'movn', 0b110: 'movz', 0b111: 'movk' } as const;
  const top = w >>> 29; // sf and opc
  if ((w >>> 23) % 64 !== 0b100101 || !(top in ops)) throw new Error(`${hex(w)} is not a 64-bit move-wide`);
  return { op: ops[top as keyof typeof ops], hw: (w >>> 21) & 3, imm16: (w >>> 5) & 0xffff, rd: w & 31 };
}

/** What the sequence leaves in its register; it must target one register and start afresh. */
function simulate(words: number[]): { rd: number; value: bigint } {
  const MASK = (1n << 64n) - 1n;
  let value = 0n;
  const decoded = words.map(decodeMoveWide);
  decoded.forEach(({ op, hw, imm16, rd }, i) => {
    expect(rd).toBe(decoded[0]!.rd);
    expect(op === 'movk').toBe(i > 0);
    const shift = BigInt(hw * 16);
    const field = BigInt(imm16) << shift;
    if (op === 'movz') value = field;
    else if (op === 'movn') value = ~field & MASK;
    else value = (value & ~(0xffffn << shift) & MASK) | field;
  });
  return { rd: decoded[0]!.rd, value };
}

describe('movImm64', () => {
  it('uses a decoder that reads the assembler words as the assembler text says', () => {
    for (const f of table.forms.filter((f) => ['movz', 'movk', 'movn'].includes(f.name))) {
      f.cases.forEach((c, i) => {
        const [, op, r, imm, shift] = /^(\w+) (\w+), #(\d+), lsl #(\d+)$/.exec(c.asm)!;
        const rd = r === 'xzr' ? 31 : Number(r!.slice(1));
        expect(decodeMoveWide(assembled[f.first + i]!), c.asm).toEqual({ op, hw: Number(shift) / 16, imm16: Number(imm), rd });
      });
    }
  });

  // Each MOVK sets one halfword, so a MOVZ (MOVN) sequence needs one word per halfword that
  // is not 0x0000 (0xffff), and at least one word: the shortest is the smaller count.
  const shortest = (v: bigint): number => {
    const halves = [0n, 16n, 32n, 48n].map((s) => (BigInt.asUintN(64, v) >> s) & 0xffffn);
    return Math.max(1, Math.min(halves.filter((h) => h !== 0n).length, halves.filter((h) => h !== 0xffffn).length));
  };

  const edges: [bigint, number][] = [
    [0n, 1], [1n, 1], [0xffffn, 1], [0x10000n, 1], [~0n, 1], [(1n << 64n) - 1n, 1], [-2n, 1], [0xffffffffffff1234n, 1],
    [0x8000000000000000n, 1], [-(1n << 63n), 1], [0x7fffffffffffffffn, 1], [0xffff0000ffff0000n, 2],
    [0x0000ffff0000ffffn, 2], [0xdead00000000beefn, 2], [0xffffffff00000000n, 2], [0x00000000ffffffffn, 2],
    [0xffff80001234ffffn, 2], [0x123456789abcdef0n, 4], [0xffffffff80000000n, 2], [0xffff800012340000n, 3],
  ];
  const randoms = draw(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), 200);
  // values with many 0x0000 / 0xffff halfwords, where the choice of MOVZ or MOVN matters
  const patterned = draw(fc.array(fc.constantFrom(0n, 0xffffn, 0x8000n, 0x7fffn, 1n), { minLength: 4, maxLength: 4 }), 200)
    .map((hs) => hs.reduce((v: bigint, h, i) => v | (h << BigInt(16 * i)), 0n));

  it.each(edges)('loads %s in %i words', (value, length) => {
    const words = A.movImm64(5, value);
    expect(simulate(words)).toEqual({ rd: 5, value: BigInt.asUintN(64, value) });
    expect(words.length).toBe(length);
  });

  it('loads random and patterned values in the fewest words', () => {
    for (const value of [...randoms, ...patterned]) {
      const words = A.movImm64(LR, value);
      expect(simulate(words), `0x${value.toString(16)}`).toEqual({ rd: 30, value });
      expect(words.length, `0x${value.toString(16)}`).toBe(shortest(value));
    }
  });
});
