// pahole's function filters, pinned on hand-written cases. Expectations are worked out
// from the filters as /work-notes describe pahole's code (the comments in
// src/bpf/pahole/*.ts), position by position, not taken from the code's output; the
// register locations the older filter reads are checked against gcc's real DWARF.
import { execa } from 'execa';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionsOf } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { scopeOf } from '../../src/c/scope.js';
import { resolvedSize, type BtfFunc } from '../../src/bpf/func-model/btf.js';
import { btfFuncOf } from '../../src/bpf/func-model/from-ir.js';
import { PAHOLE_1_25, PAHOLE_1_31 } from '../../src/bpf/pahole/filters.js';
import { infersPacked } from '../../src/bpf/pahole/infer-packed.js';
import { naturalAlignment } from '../../src/bpf/pahole/natural-alignment.js';
import { uncertainParam } from '../../src/bpf/pahole/uncertain-location.js';
import type { FunctionAbi } from '../../src/bpf/variant.js';
import { functionAbi } from '../../src/targets/aarch64/jit/abi.js';

const DECLS = `struct P { char c; int i; } __attribute__((packed));
typedef struct { char c; int i; } __attribute__((packed)) T;
union U { char c; int i; } __attribute__((packed));
struct Q { long a; long b; } __attribute__((packed));
struct S16 { long x; long y; };
struct W { long a; __int128 b; } __attribute__((packed));
struct A1 { long a; long b; } __attribute__((packed, aligned(1)));
struct PT { char c; int i; } __attribute__((packed, aligned(2)));
union U16 { long a; char b[16]; };`;

/** `f(long a0, ..., long a{n-1}, <last> x)` as pahole would see it from gcc's DWARF. */
function fn(before: number, last: string, rest = ''): { btf: BtfFunc; abi: FunctionAbi } {
  const params = [...Array.from({ length: before }, (_, i) => `long a${i}`), `${last} x`, ...(rest ? [rest] : [])].join(', ');
  const h = parseHeader(`${DECLS}\nint f(${params});`, 't.h');
  const f = functionsOf(h)[0]!;
  const btf = btfFuncOf(h, f);
  return { btf, abi: functionAbi(scopeOf(h), f, sizes(btf)) };
}

const sizes = (btf: BtfFunc): number[] => btf.params.map((p) => resolvedSize(p.type)!);

const record = (type: string) => {
  const t = fn(0, type).btf.params[0]!.type;
  if (t.kind !== 'struct' && t.kind !== 'union') throw new Error(`${type} is a ${t.kind}`);
  return t;
};

describe('pahole 1.31: uncertain parameter location (positions from 0, arm64 has 8 registers)', () => {
  it('a packed struct at position 8 drops the function, at position 7 it does not', () => {
    expect(uncertainParam(fn(8, 'struct P').btf)).toBe(8);
    expect(PAHOLE_1_31.drop(fn(8, 'struct P').btf, fn(8, 'struct P').abi)).toEqual({ arg: 8, reason: 'pahole 1.31 drops the function: arg8 is a packed struct past the argument registers (uncertain parameter location)' });
    expect(uncertainParam(fn(7, 'struct P').btf)).toBeUndefined();
  });
  it('the direct type only: a typedef of a packed struct, or a const one, is kept', () => {
    expect(uncertainParam(fn(8, 'T').btf)).toBeUndefined();
    // The IR has no qualifiers: the DW_TAG_const_type is built by hand around struct P.
    const { btf } = fn(8, 'struct P');
    const constP: BtfFunc = { ...btf, params: btf.params.map((p, i) => (i === 8 ? { ...p, type: { kind: 'modifier', modifier: 'const', type: p.type } } : p)) };
    expect(uncertainParam(constP)).toBeUndefined();
  });
  it('positions, not registers: a 16-byte struct first pushes a packed 8th parameter onto the stack, unexamined', () => {
    const { btf, abi } = fn(0, 'struct S16', 'long b, long c, long d, long e, long g, long h, struct P p');
    expect(abi.args[7]).toEqual({ in: 'stack', offset: 0 });
    expect(uncertainParam(btf)).toBeUndefined();
  });
  it('a 16-byte struct in the register area is never examined', () => {
    expect(uncertainParam(fn(3, 'struct W', 'long b, long c, long d').btf)).toBeUndefined();
    expect(uncertainParam(fn(8, 'struct W').btf)).toBe(8);
  });
  it('unions and packing that moved nothing are kept', () => {
    expect(uncertainParam(fn(8, 'union U').btf)).toBeUndefined();
    expect(uncertainParam(fn(8, 'struct Q').btf)).toBeUndefined();
  });
});

describe("pahole's packing inference", () => {
  it('a misplaced member, or a size off the largest natural alignment', () => {
    expect(infersPacked(record('struct P'))).toBe(true); // i at 1, size 5
    expect(infersPacked(record('struct Q'))).toBe(false); // natural layout: no evidence
  });
  it('__int128 aligns to 16 (libbpf says 8): {long; __int128} packed has it at 8', () => {
    expect(naturalAlignment(record('struct W').members[1]!.type)).toBe(16);
    expect(infersPacked(record('struct W'))).toBe(true);
  });
  it('DW_AT_alignment 1 on a record whose members want 8', () => {
    expect(record('struct A1').alignAttr).toBe(1);
    expect(infersPacked(record('struct A1'))).toBe(true);
  });
  it('tail padding (aligned(2) on a packed 5-byte struct makes it 6) means "not packed"', () => {
    expect(record('struct PT').size).toBe(6);
    expect(infersPacked(record('struct PT'))).toBe(false);
    expect(uncertainParam(fn(8, 'struct PT').btf)).toBeUndefined();
  });
});

describe('unexpected register usage: 1.25 exempts struct parameters, 1.31 wide ones', () => {
  it('an __int128 first puts the next parameter in x2, not x1', () => {
    const { btf, abi } = fn(0, '__int128', 'long b');
    expect(PAHOLE_1_25.drop(btf, abi)).toEqual({ arg: 1, reason: 'pahole 1.25 drops the function: arg1 is not in x1 (unexpected register usage)' });
    expect(PAHOLE_1_31.drop(btf, abi)).toBeUndefined();
  });
  it('even-register rounding shifts the __int128 itself', () => {
    const { btf, abi } = fn(1, '__int128');
    expect(PAHOLE_1_25.drop(btf, abi)?.arg).toBe(1);
  });
  it('a 16-byte struct exempts the whole function in both; a 16-byte union only in 1.31', () => {
    const s = fn(0, 'struct S16', 'long b');
    expect([PAHOLE_1_25.drop(s.btf, s.abi), PAHOLE_1_31.drop(s.btf, s.abi)]).toEqual([undefined, undefined]);
    const u = fn(0, 'union U16', 'long b');
    expect(PAHOLE_1_25.drop(u.btf, u.abi)?.arg).toBe(1);
    expect(PAHOLE_1_31.drop(u.btf, u.abi)).toBeUndefined();
  });
  it('parameters that follow the convention, and those on the stack, never drop a function', () => {
    const f = fn(10, 'long');
    expect(PAHOLE_1_25.drop(f.btf, f.abi)).toBeUndefined();
  });
});

describe("gcc's DWARF at -O2: a used parameter's location starts in the register the convention gives it", () => {
  it('the first location entry names the first register of each parameter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'abifuzz-dwarf-'));
    const decls = 'struct S16 { long x, y; };\nunion U16 { long a; char b[16]; };\nextern long sink(long);\n';
    const protos = ['long f1(__int128 a, long b)', 'long f2(long a, __int128 b, long c)', 'long f3(struct S16 s, long b, int c)', 'long f4(char a, union U16 u, long c)'];
    const use = (p: string): string => {
      const names = [...p.matchAll(/ (\w+)(?=[,)])/g)].map((m) => m[1]!);
      const types = p.slice(p.indexOf('(') + 1, -1).split(', ');
      return names.map((n, i) => (types[i]!.includes('S16') ? `sink(${n}.x) + sink(${n}.y)` : types[i]!.includes('U16') ? `sink(${n}.a)` : `sink((long)${n}) + sink((long)(${n} >> 1))`)).join(' + ');
    };
    writeFileSync(join(dir, 'f.c'), decls + protos.map((p) => `${p} { return ${use(p)}; }`).join('\n') + '\n');
    await execa('aarch64-linux-gnu-gcc-12', ['-O2', '-g', '-c', join(dir, 'f.c'), '-o', join(dir, 'f.o')]);
    const dump = (await execa('llvm-dwarfdump', ['--debug-info', join(dir, 'f.o')])).stdout;
    const h = parseHeader(decls.replace('extern long sink(long);\n', '') + protos.map((p) => `${p};`).join('\n'), 'f.h');
    for (const f of functionsOf(h)) {
      const abi = functionAbi(scopeOf(h), f, sizes(btfFuncOf(h, f)));
      const sub = dump.slice(dump.indexOf(`DW_AT_name\t("${f.name}")`));
      const firstRegs = f.params.map((p) => {
        const at = sub.indexOf(`DW_AT_name\t("${p.name}")`);
        return Number(/DW_OP_reg(\d+)/.exec(sub.slice(at))![1]);
      });
      expect(firstRegs, f.name).toEqual(abi.args.map((a) => (a.in === 'regs' ? a.first : -1)));
    }
  });
});
