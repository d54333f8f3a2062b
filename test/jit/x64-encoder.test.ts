// The x86-64 encoder against the GNU assembler: every instruction form is written out as
// Intel-syntax assembly text for hand-picked edge operands and for seeded random ones, the
// whole lot is assembled once with `as --64`, and each instruction's bytes must equal the
// encoder's. Instructions vary in length, so after each one the assembler also writes its
// length (the difference of two labels) into a section of its own; that splits .text per
// case. Branch targets are written `.+N`, so the assembler computes the offsets, and
// `{disp32}` keeps it from relaxing jmp and jcc to their rel8 forms.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cross, FormTable, mismatches, runTool, seededDraws } from './encoder-forms.js';
import * as X from '../../src/targets/x86_64/jit/x64/encode.js';
import { ARG_REGS, R8, R9, RCX, RDI, RDX, RSI } from '../../src/targets/x86_64/jit/x64/registers.js';

const RANDOM = 40;
const draw = seededDraws(0x864, RANDOM);

// ---- operand spelling ---------------------------------------------------------------------

const LEGACY = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'];
const BYTE_LOW = ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil'];
const q = (r: number): string => (r < 8 ? `r${LEGACY[r]}` : `r${r}`);
const d = (r: number): string => (r < 8 ? `e${LEGACY[r]}` : `r${r}d`);
const w = (r: number): string => (r < 8 ? LEGACY[r]! : `r${r}w`);
const b = (r: number): string => (r < 8 ? BYTE_LOW[r]! : `r${r}b`);
const SIZES = [1, 2, 4, 8] as const;
type Size = (typeof SIZES)[number];
const dataReg: Record<Size, (r: number) => string> = { 1: b, 2: w, 4: d, 8: q };
const PTR: Record<Size, string> = { 1: 'byte', 2: 'word', 4: 'dword', 8: 'qword' };
const mem = (size: Size, base: number, disp: number): string =>
  `${PTR[size]} ptr [${q(base)}${disp < 0 ? '-' : '+'}${Math.abs(disp)}]`;
const rel = (n: number): string => (n < 0 ? `.${n}` : `.+${n}`);

const S32_MIN = -(2 ** 31);
const S32_MAX = 2 ** 31 - 1;
const ALL_REGS = Array.from({ length: 16 }, (_, r) => r);
const regArb = fc.integer({ min: 0, max: 15 });
const EDGE_DISPS = [0, 1, -1, 127, -128, 128, -129, 0x12345678, S32_MIN, S32_MAX];
// mostly near zero, where the disp8/disp32 choice is made
const dispArb = fc.oneof(fc.integer({ min: -300, max: 300 }), fc.integer({ min: S32_MIN, max: S32_MAX }));
const EDGE_IMMS = [0, 1, -1, 127, -128, 128, -129, 0x12345678, S32_MIN, S32_MAX];
const imm32Arb = dispArb;
const triples = <T, U, V>(ts: readonly T[], us: readonly U[], vs: readonly V[]): [T, U, V][] =>
  cross(cross(ts, us), vs).map(([[t, u], v]): [T, U, V] => [t, u, v]);

// ---- the forms ----------------------------------------------------------------------------

const table = new FormTable<number[]>();
const form = table.add.bind(table);

for (const op of ['ret', 'leave', 'nop', 'int3', 'endbr64'] as const) form(op, [null], () => op, () => X[op]());

const regPairs = [...cross(ALL_REGS, ALL_REGS), ...draw(fc.tuple(regArb, regArb))];
const regImms = [...cross(ALL_REGS, EDGE_IMMS), ...draw(fc.tuple(regArb, imm32Arb))];

form('push', ALL_REGS, (r) => `push ${q(r)}`, (r) => X.push(r));
form('pop', ALL_REGS, (r) => `pop ${q(r)}`, (r) => X.pop(r));
form('movReg', regPairs, ([a, c]) => `mov ${q(a)}, ${q(c)}`, ([a, c]) => X.movReg(a, c));
form('movSImm32', regImms, ([r, i]) => `mov ${q(r)}, ${i}`, ([r, i]) => X.movSImm32(r, i));

const U32_EDGES = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, -1, S32_MIN];
form('movImm32', [...cross(ALL_REGS, U32_EDGES), ...draw(fc.tuple(regArb, fc.integer({ min: S32_MIN, max: 2 ** 32 - 1 })))],
  ([r, i]) => `mov ${d(r)}, ${i}`, ([r, i]) => X.movImm32(r, i));

const U64 = (1n << 64n) - 1n;
const IMM64_EDGES = [0n, 1n, -1n, 0xffffffffn, 1n << 32n, 1n << 63n, -(1n << 63n), U64, 0x123456789abcdef0n];
// `movabs` keeps the assembler from picking a shorter form for small values
form('movImm64', [...cross(ALL_REGS, IMM64_EDGES), ...draw(fc.tuple(regArb, fc.bigInt({ min: -(1n << 63n), max: U64 })))],
  ([r, v]) => `movabs ${q(r)}, 0x${BigInt.asUintN(64, v).toString(16)}`, ([r, v]) => X.movImm64(r, v));

// ---- memory operands

type Access = [number, number, number];
const accesses: Access[] = [...triples(ALL_REGS, ALL_REGS, EDGE_DISPS), ...draw(fc.tuple(regArb, regArb, dispArb), 4 * RANDOM)];
for (const size of SIZES) {
  const load = size === 8 ? 'mov' : size === 4 ? 'mov' : 'movzx';
  const loadDst = size === 4 ? d : q;
  form(`load ${size}`, accesses, ([r, n, o]) => `${load} ${loadDst(r)}, ${mem(size, n, o)}`, ([r, n, o]) => X.load(size, r, n, o));
  form(`store ${size}`, accesses, ([r, n, o]) => `mov ${mem(size, n, o)}, ${dataReg[size](r)}`, ([r, n, o]) => X.store(size, n, o, r));
}
form('lea', accesses, ([r, n, o]) => `lea ${q(r)}, [${q(n)}${o < 0 ? '-' : '+'}${Math.abs(o)}]`, ([r, n, o]) => X.lea(r, n, o));
const storeImms: Access[] = [...triples(ALL_REGS, EDGE_DISPS, [0, -1, 127, 128, S32_MIN, S32_MAX]), ...draw(fc.tuple(regArb, dispArb, imm32Arb))];
form('storeImm32', storeImms, ([n, o, i]) => `mov ${mem(8, n, o)}, ${i}`, ([n, o, i]) => X.storeImm32(n, o, i));

// ---- arithmetic

for (const [op, fn] of [['add', X.addImm], ['sub', X.subImm], ['and', X.andImm], ['cmp', X.cmpImm]] as const) {
  form(`${op}Imm`, regImms, ([r, i]) => `${op} ${q(r)}, ${i}`, ([r, i]) => fn(r, i));
}
for (const [op, fn] of [['add', X.addReg], ['sub', X.subReg], ['test', X.testReg]] as const) {
  form(`${op}Reg`, regPairs, ([a, c]) => `${op} ${q(a)}, ${q(c)}`, ([a, c]) => fn(a, c));
}
form('xorReg32', regPairs, ([a, c]) => `xor ${d(a)}, ${d(c)}`, ([a, c]) => X.xorReg32(a, c));

const shifts = [...cross(ALL_REGS, [0, 1, 2, 31, 32, 63]), ...draw(fc.tuple(regArb, fc.integer({ min: 0, max: 63 })))];
form('shlImm', shifts, ([r, n]) => `shl ${q(r)}, ${n}`, ([r, n]) => X.shlImm(r, n));
form('shrImm', shifts, ([r, n]) => `shr ${q(r)}, ${n}`, ([r, n]) => X.shrImm(r, n));

// ---- branches: the assembler's `.` is the instruction's start, the encoder counts from its end

const offsets = [0, 1, -1, 127, -128, 128, -129, -5, -6, S32_MIN, S32_MAX, ...draw(fc.integer({ min: S32_MIN, max: S32_MAX }))];
form('call', offsets, (o) => `call ${rel(o + 5)}`, (o) => X.call(o));
form('jmp', offsets, (o) => `{disp32} jmp ${rel(o + 5)}`, (o) => X.jmp(o));
const conds = Object.keys(X.CONDITIONS) as X.Cond[];
form('jcc', [...cross(conds, offsets.slice(0, 11)), ...draw(fc.tuple(fc.constantFrom(...conds), fc.integer({ min: S32_MIN, max: S32_MAX })))],
  ([c, o]) => `{disp32} j${c} ${rel(o + 6)}`, ([c, o]) => X.jcc(c, o));
form('callReg', ALL_REGS, (r) => `call ${q(r)}`, (r) => X.callReg(r));
form('jmpReg', ALL_REGS, (r) => `jmp ${q(r)}`, (r) => X.jmpReg(r));

// ---- assembling ---------------------------------------------------------------------------

const all = table.cases;
const dir = mkdtempSync(join(tmpdir(), 'abifuzz-x64-'));
/** Each case's bytes as the assembler wrote them. */
let assembled: number[][];


const source = (asm: string): string => `1:\t${asm}\n2:\t.pushsection .lens, "a"\n\t.byte 2b-1b\n\t.popsection\n`;

function section(name: string): Buffer {
  const out = join(dir, `${name.slice(1)}.bin`);
  runTool('objcopy', ['-O', 'binary', `--only-section=${name}`, join(dir, 'all.o'), out]);
  return readFileSync(out);
}

beforeAll(() => {
  writeFileSync(join(dir, 'all.s'), `\t.intel_syntax noprefix\n${all.map((c) => source(c.asm)).join('')}`);
  const warnings = runTool('as', ['--64', '-o', join(dir, 'all.o'), join(dir, 'all.s')]);
  // a warning means a test case is not what the encoder should emit
  expect(warnings).toBe('');
  const text = section('.text');
  let at = 0;
  assembled = [...section('.lens')].map((n) => [...text.subarray(at, (at += n))]);
  expect(at).toBe(text.length);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hex = (bytes: number[]): string => bytes.map((x) => x.toString(16).padStart(2, '0')).join(' ');

describe('the encoder matches GNU as', () => {
  it('assembled one instruction per case', () => {
    expect(table.total).toBeGreaterThan(10000);
    expect(assembled.length).toBe(table.total);
  });

  for (const f of table.forms) {
    it(`${f.name} (${f.cases.length} instances)`, () => {
      expect(mismatches(f, assembled, hex)).toEqual([]);
    });
  }
});

describe('registers', () => {
  it('lists the SysV argument registers in order', () => {
    expect(ARG_REGS).toEqual([RDI, RSI, RDX, RCX, R8, R9]);
  });
});

describe('the encoder refuses what does not fit', () => {
  const refused: [string, () => unknown][] = [
    ['register 16', () => X.movReg(16, 0)],
    ['register -1', () => X.push(-1)],
    ['register 1.5', () => X.callReg(1.5)],
    ['base register 16', () => X.load(8, 0, 16, 0)],
    ['store source 16', () => X.store(1, 0, 0, 16)],
    ['displacement 2^31', () => X.load(8, 0, 1, 2 ** 31)],
    ['displacement -2^31 - 1', () => X.store(4, 1, S32_MIN - 1, 0)],
    ['displacement 0.5', () => X.lea(0, 1, 0.5)],
    ['access size 3', () => X.load(3 as 4, 0, 1, 0)],
    ['access size 16', () => X.store(16 as 8, 0, 0, 1)],
    ['add immediate 2^31', () => X.addImm(0, 2 ** 31)],
    ['and immediate 0x80000000 (not sign-extendable)', () => X.andImm(1, 0x80000000)],
    ['cmp immediate -2^31 - 1', () => X.cmpImm(0, S32_MIN - 1)],
    ['mov sign-extended immediate 0xffffffff', () => X.movSImm32(0, 0xffffffff)],
    ['store immediate 2^31', () => X.storeImm32(0, 0, 2 ** 31)],
    ['mov r32 immediate 2^32', () => X.movImm32(0, 2 ** 32)],
    ['mov r32 immediate -2^31 - 1', () => X.movImm32(0, S32_MIN - 1)],
    ['movImm64 2^64', () => X.movImm64(0, 1n << 64n)],
    ['movImm64 -2^63 - 1', () => X.movImm64(0, -(1n << 63n) - 1n)],
    ['shift 64', () => X.shlImm(0, 64)],
    ['shift -1', () => X.shrImm(0, -1)],
    ['call offset 2^31', () => X.call(2 ** 31)],
    ['jmp offset -2^31 - 1', () => X.jmp(S32_MIN - 1)],
    ['jcc condition "z"', () => X.jcc('z' as X.Cond, 0)],
    ['jcc condition "toString"', () => X.jcc('toString' as X.Cond, 0)],
  ];
  it.each(refused)('%s', (_, encode) => {
    expect(encode).toThrow(/^x64: /);
  });
});
