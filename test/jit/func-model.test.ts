// Expected values below are worked out by hand from the kernel's and libbpf's rules (see
// the comments at each), not taken from the code's output.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { functionsOf, type Attrs, type Header, type Member, type RecordDef, type Type } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { recordOf, scopeOf } from '../../src/c/scope.js';
import { headerArb } from '../../src/gen/arbitrary.js';
import { layoutOf } from '../../src/layout/layout.js';
import { shapeOf } from '../../src/layout/resolve.js';
import { btfAlignOf, btfIsPacked, REWORK_SCALAR_CAP } from '../../src/bpf/func-model/btf-align.js';
import type { BtfFunc, BtfType, RecordType } from '../../src/bpf/func-model/btf.js';
import { distillBtfFunc } from '../../src/bpf/func-model/distill-btf.js';
import { distillFuncModel, type DistillOptions } from '../../src/bpf/func-model/distill.js';
import { DISTILL_STRUCT_ARGS, DISTILL_UNION_ARGS } from '../../src/bpf/func-model/distill-rules.js';
import { encodeType } from '../../src/bpf/func-model/from-ir.js';
import { largestMemberSize } from '../../src/bpf/func-model/largest-member.js';
import { ALIGN16_ARG, reworkFlags, SIGNED_ARG, STRUCT_ARG, type Distilled, type FuncModel, type Refusal } from '../../src/bpf/func-model/model.js';

const S = STRUCT_ARG;
const I = SIGNED_ARG;
const U = 0;

function fnOf(h: Header, name: string) {
  const fn = functionsOf(h).find((f) => f.name === name);
  if (!fn) throw new Error(`no function ${name}`);
  return fn;
}

function distill(text: string, name = 'f', opts: DistillOptions = {}): Distilled {
  const h = parseHeader(text, 't.h');
  return distillFuncModel(h, fnOf(h, name), opts);
}

function model(text: string, name = 'f'): FuncModel {
  const d = distill(text, name);
  if (!d.ok) throw new Error(`${name} refused: ${d.reason}`);
  return d.model;
}

function refusal(text: string, name = 'f'): Refusal {
  const d = distill(text, name);
  if (d.ok) throw new Error(`${name} accepted`);
  return d;
}

/** The BTF pahole would emit for `type` (C spelling) after `decls`. */
function btfOf(decls: string, type: string): BtfType {
  const h = parseHeader(`${decls}\nvoid probe__(${type} x);\n`, 't.h');
  const t: Type = fnOf(h, 'probe__').params[0]!.type;
  const scope = scopeOf(h);
  return encodeType(scope, t, shapeOf(scope, t));
}

function record(decls: string, type: string): RecordType {
  const t = btfOf(decls, type);
  if (t.kind !== 'struct' && t.kind !== 'union') throw new Error(`${type} is a ${t.kind}`);
  return t;
}

const SELFTESTS = readFileSync(new URL('../../corpus/seeds/kernel-selftests.h', import.meta.url), 'utf8');
const INT128_SEED = readFileSync(new URL('../../corpus/seeds/arm64-int128-alignment.h', import.meta.url), 'utf8');

describe('btf_func_model of the kernel selftest prototypes', () => {
  // u64 is unsigned long long (no SIGNED_ARG); plain char is unsigned on aarch64 and BTF
  // copies DWARF's signedness, so `char` carries no SIGNED_ARG either; `int` returns do.
  const cases: [string, number[], number[], number, number][] = [
    ['struct_arg_1', [16, 4, 4], [S, I, I], 4, I],
    ['struct_arg_2', [4, 16, 4], [I, S, I], 4, I],
    ['struct_arg_3', [4, 4, 16], [I, I, S], 4, I],
    ['struct_arg_4', [4, 4, 4, 4, 16], [S, I, I, I, S], 4, I],
    ['struct_arg_5', [], [], 4, I],
    ['struct_arg_6', [8], [U], 4, I],
    ['struct_arg_7', [8, 8, 2, 4, 8, 16], [U, U, I, I, U, S], 4, I],
    ['struct_arg_8', [8, 8, 2, 4, 8, 16, 4], [U, U, I, I, U, S, I], 4, I],
    ['struct_arg_9', [8, 8, 2, 4, 8, 1, 2, 16, 8], [U, U, I, I, U, U, I, S, I], 4, I],
    ['struct_arg_10', [16, 16, 16, 16, 2, 16], [S, S, S, S, I, S], 4, I],
    ['struct_arg_11', [16, 16, 16, 16, 2, 16], [S, S, S, S, I, S], 4, I],
    ['union_arg_1', [4, 4, 4], [S, I, I], 4, I],
    ['union_arg_2', [4, 16], [I, S], 4, I],
    ['int128_arg', [16, 4, 8], [I, I, I], 8, I],
    ['int128_ret', [4], [I], 16, I],
    ['fentry_test7', [8, 8, 2, 4, 8, 1, 4], [U, U, I, I, U, U, I], 4, I],
    ['fentry_test8', [8, 8, 2, 4, 8, 1, 4, 4], [U, U, I, I, U, U, I, U], 4, I],
    ['fentry_test9', [8, 8, 2, 4, 8, 1, 4, 4, 8], [U, U, I, I, U, U, I, U, I], 4, I],
    ['fentry_test10', [8, 8, 2, 4, 8, 1, 4, 4, 8, 8], [U, U, I, I, U, U, I, U, I, U], 4, I],
    ['fentry_test11', [8, 8, 2, 4, 8, 1, 4, 4, 8, 8, 8], [U, U, I, I, U, U, I, U, I, U, U], 4, I],
    ['kfunc_stack_10', Array(10).fill(8), Array(10).fill(U), 8, U],
    ['kfunc_stack_pair_mid', [8, 16, 8], [U, S, U], 8, U],
    ['kfunc_stack_int128_3', [8, 8, 16], [U, U, I], 8, U],
    ['kfunc_stack_int128_8', [8, 8, 8, 8, 8, 8, 8, 16], [U, U, U, U, U, U, U, I], 8, U],
    ['kfunc_stack_pair_5', [8, 8, 8, 8, 16], [U, U, U, U, S], 8, U],
    ['kfunc_stack_pair_7', [8, 8, 8, 8, 8, 16, 8], [U, U, U, U, U, S, U], 8, U],
    ['kfunc_stack_pair_8', [8, 8, 8, 8, 8, 8, 8, 16], [U, U, U, U, U, U, U, S], 8, U],
    ['bpf_kfunc_call_stack_arg_big', [8, 8, 8, 8, 8, 16], [U, U, U, U, U, S], 8, U],
    ['bpf_kfunc_call_stack_arg_ptr', Array(10).fill(8), Array(10).fill(U), 8, U],
    ['bpf_kfunc_call_stack_arg_mix', Array(10).fill(8), Array(10).fill(U), 8, U],
    ['bpf_kfunc_call_stack_arg_mem', [8, 8, 8, 8, 8, 8, 4], [U, U, U, U, U, U, I], 8, U],
    ['i128_arg_odd', [8, 16, 8], [U, I, U], 8, U],
    ['i128_arg_shift', [8, 16, 8, 8, 8], [U, I, U, U, U], 8, U],
    ['i128_arg_ovf', [8, 16, 8, 8, 8, 8, 8], [U, I, U, U, U, U, U], 8, U],
  ];
  it('covers every prototype of the seed', () => {
    expect(cases.map((c) => c[0]).sort()).toEqual(functionsOf(parseHeader(SELFTESTS, 's.h')).map((f) => f.name).sort());
  });
  for (const [name, sizes, flags, retSize, retFlags] of cases) {
    it(name, () => {
      const m = model(SELFTESTS, name);
      expect({ nrArgs: m.nrArgs, argSize: m.argSize, argFlags: m.argFlags, retSize: m.retSize, retFlags: m.retFlags })
        .toEqual({ nrArgs: sizes.length, argSize: sizes, argFlags: flags, retSize, retFlags });
    });
  }

  it('alignment views of the struct and union arguments', () => {
    // arg_5 {char; short; int; long}: all natural, largest member long (8).
    expect(pick(model(SELFTESTS, 'struct_arg_9'), 7)).toEqual({ btf: 8, rework: 8, largest: 8, c: 8, natural: 8 });
    // union_arg_1 {char; short; struct arg_1}: 4-aligned, largest member struct arg_1 (4).
    expect(pick(model(SELFTESTS, 'union_arg_1'), 0)).toEqual({ btf: 4, rework: 4, largest: 4, c: 4, natural: 4 });
    // union_arg_2 {int; long; struct arg_2}: the nested struct counts whole: 16.
    expect(pick(model(SELFTESTS, 'union_arg_2'), 1)).toEqual({ btf: 8, rework: 8, largest: 16, c: 8, natural: 8 });
    // wrap_i128 {__int128}: libbpf caps the INT at 8; C and AAPCS64 say 16.
    const w = model(SELFTESTS, 'struct_arg_11');
    expect(pick(w, 5)).toEqual({ btf: 8, rework: 16, largest: 16, c: 16, natural: 16 });
    expect(reworkFlags(w)).toEqual([S | ALIGN16_ARG, S | ALIGN16_ARG, S | ALIGN16_ARG, S | ALIGN16_ARG, I, S | ALIGN16_ARG]);
    // A plain __int128 argument: btf 8, rework 16.
    expect(pick(model(SELFTESTS, 'int128_arg'), 0)).toEqual({ btf: 8, rework: 16, largest: 0, c: 16, natural: 16 });
    // pair_u64: nothing above 8 anywhere.
    expect(reworkFlags(model(SELFTESTS, 'struct_arg_10'))).toEqual([S, S, S, S, I, S]);
  });
});

function pick(m: FuncModel, i: number) {
  return { btf: m.btfAlign[i], rework: m.reworkAlign[i], largest: m.largestMemberSize[i], c: m.trueAlign[i], natural: m.naturalAlign[i] };
}

describe('the 2025 RFC review prototypes (s0 plain, s1 packed, s2 aligned(64))', () => {
  it('f0: struct s0 {__int128} looks 8-aligned to libbpf, 16 to C', () => {
    const m = model(INT128_SEED, 'f0');
    // int64_t is `long`: signed.
    expect(m.argSize).toEqual([16, 16, 16, 8, 16, 8, 16]);
    expect(m.argFlags).toEqual([I, I, I, I, I, I, S]);
    expect(m.btfAlign).toEqual([8, 8, 8, 8, 8, 8, 8]);
    expect(m.reworkAlign).toEqual([16, 16, 16, 8, 16, 8, 16]);
    expect(m.trueAlign).toEqual([16, 16, 16, 8, 16, 8, 16]);
    expect(m.largestMemberSize).toEqual([0, 0, 0, 0, 0, 0, 16]);
  });

  it('f1: packed s1 has its member at 0 and size 16, so BTF cannot tell it is packed', () => {
    const m = model(INT128_SEED, 'f1');
    expect(pick(m, 6)).toEqual({ btf: 8, rework: 16, largest: 16, c: 1, natural: 1 });
    expect(btfIsPacked(record(INT128_SEED, 'struct s1'))).toBe(false);
  });

  it('f2: aligned(64) pads s2 to 64 bytes, which the kernel refuses', () => {
    expect(refusal(INT128_SEED, 'f2')).toMatchObject({ kind: 'arg-too-big', arg: 6, reason: 'arg6 is 64 bytes > 16' });
  });
});

describe('refusals, in the kernel order', () => {
  const many = (n: number, t = 'int'): string => Array.from({ length: n }, (_, i) => `${t} a${i}`).join(', ');
  it('more than 12 arguments, before anything else', () => {
    expect(model(`int f(${many(12)});`).nrArgs).toBe(12);
    expect(refusal(`int f(${many(13)});`)).toMatchObject({ kind: 'too-many-args', reason: '13 arguments > MAX_BPF_FUNC_ARGS 12' });
    expect(refusal(`struct s { int x; }; struct s f(float x, ${many(12)});`).kind).toBe('too-many-args');
  });
  it('struct and union returns before 2026, before the arguments', () => {
    const old = (text: string): Distilled => distill(text, 'f', { rules: DISTILL_UNION_ARGS });
    expect(old('struct s { int x; }; struct s f(float x);')).toMatchObject({ kind: 'ret-unsupported', reason: 'return type is a STRUCT (only void, pointer, int or enum returns)' });
    expect(old('union u { int x; }; union u f(int x);')).toMatchObject({ kind: 'ret-unsupported', reason: 'return type is a UNION (only void, pointer, int or enum returns)' });
    expect(old('double f(int x);')).toMatchObject({ reason: 'return type is a FLOAT (only void, pointer, int or enum returns)' });
  });
  it('today: struct and union returns up to 16 bytes, flagged STRUCT; larger ones refused before the arguments', () => {
    expect(model('struct s { long a; long b; }; struct s f(int x);')).toMatchObject({ retSize: 16, retFlags: S });
    expect(model('union u { char c; int x; }; union u f(int x);')).toMatchObject({ retSize: 4, retFlags: S });
    expect(refusal('struct s { long a, b, c; }; struct s f(float x);')).toMatchObject({ kind: 'ret-unsupported', reason: 'return type is a 24-byte STRUCT > 16' });
    expect(refusal('double f(int x);').reason).toBe('return type is a FLOAT (only void, pointer, int, enum, struct or union returns)');
    // A struct return of 4 bytes passes, then the float argument is refused.
    expect(refusal('struct s { int x; }; struct s f(float x);')).toMatchObject({ kind: 'arg-unsupported', arg: 0 });
  });
  it('union arguments only from ccb4f5d91ec4 (2025-09) on, as the kernel printed it before', () => {
    const text = 'union u { int a; long b; }; int f(int a, union u b);';
    expect(distill(text, 'f', { rules: DISTILL_STRUCT_ARGS })).toMatchObject({ ok: false, kind: 'arg-unsupported', arg: 1, reason: 'arg1 is a UNION (only pointer, int, enum, struct)' });
    expect(distill(text, 'f', { rules: DISTILL_UNION_ARGS })).toMatchObject({ ok: true, model: { argSize: [4, 8], argFlags: [I, S] } });
    expect(distill('struct s { long a; }; int f(struct s b);', 'f', { rules: DISTILL_STRUCT_ARGS }).ok).toBe(true);
  });
  it('integer returns of any size, and void', () => {
    expect(model('unsigned __int128 f(void);')).toMatchObject({ retSize: 16, retFlags: U });
    expect(model('void f(int x);')).toMatchObject({ retSize: 0, retFlags: 0 });
    expect(model('enum e { A = -1 }; enum e f(void);')).toMatchObject({ retSize: 4, retFlags: 0 });
    expect(model('char *f(void);')).toMatchObject({ retSize: 8, retFlags: 0 });
  });
  it('floats, vectors (BTF arrays) and the first bad argument wins', () => {
    expect(refusal('int f(int a, float b, double c);')).toMatchObject({ kind: 'arg-unsupported', arg: 1, reason: 'arg1 is a FLOAT (only pointer, int, enum, struct or union)' });
    expect(refusal('int f(long double a);').arg).toBe(0);
    expect(refusal('int f(_Float16 a);').kind).toBe('arg-unsupported');
    expect(refusal('typedef int v4si __attribute__((vector_size(16))); int f(long a, v4si b);'))
      .toMatchObject({ kind: 'arg-unsupported', arg: 1, reason: 'arg1 is an ARRAY (only pointer, int, enum, struct or union)' });
  });
  it('arguments over 16 bytes, checked after the kind', () => {
    expect(refusal('struct s { long a, b, c; }; int f(struct s a);')).toMatchObject({ kind: 'arg-too-big', arg: 0, reason: 'arg0 is 24 bytes > 16' });
    expect(model('struct s { long a; char b; } __attribute__((packed)); int f(struct s a);').argSize).toEqual([9]);
  });
  it('size 0 arguments: the empty struct and the zero-length array', () => {
    expect(refusal('struct e {}; int f(int a, struct e b);')).toMatchObject({ kind: 'arg-size-zero', arg: 1 });
    expect(refusal('struct z { int a[0]; }; int f(struct z b);').kind).toBe('arg-size-zero');
  });
  it('_Complex never reaches the kernel: pahole 1.24 cannot encode it', () => {
    expect(refusal('int f(int a, _Complex float b);')).toMatchObject({ kind: 'not-encodable', arg: 1, reason: 'arg1: pahole cannot encode _Complex float in BTF' });
    // pahole fails on the type wherever it is, even behind a pointer.
    expect(refusal('struct c { _Complex double z; }; int f(struct c *p);')).toMatchObject({ kind: 'not-encodable', arg: 0 });
    expect(refusal('_Complex long double f(void);').reason).toBe('return type: pahole cannot encode _Complex long double in BTF');
  });
  it("a union bit-field whose type is aligned below its size: gcc's DWARF breaks pahole", () => {
    // typedef long aligned(1), width 8: gcc describes an 8-byte object starting 7 bytes
    // before the union, so pahole sees the member at bit 64 - 8 = 56.
    expect(refusal('typedef long t0 __attribute__((aligned(1))); union u { t0 b : 8; short c; }; int f(int a, union u *p);'))
      .toMatchObject({ kind: 'not-encodable', arg: 1, reason: "arg1: gcc's DWARF puts union bit-field 'b' at bit 56, which pahole cannot encode" });
    // Same type in a struct: DW_AT_data_bit_offset, no problem.
    expect(distill('typedef long t0 __attribute__((aligned(1))); struct s { t0 b : 8; short c; }; int f(struct s *p);').ok).toBe(true);
    // Width above 8 * (size - align): the containing object starts at the union.
    expect(distill('typedef long t0 __attribute__((aligned(1))); union u { t0 b : 60; }; int f(union u *p);').ok).toBe(true);
  });
  it('varargs, which the IR cannot express, from BTF', () => {
    const int: BtfType = { kind: 'int', name: 'int', size: 4, encoding: 1, bits: 32 };
    const fn: BtfFunc = { name: 'v', ret: int, params: [{ name: 'a', type: int }, { name: '', type: { kind: 'void' } }] };
    expect(distillBtfFunc(fn)).toMatchObject({ ok: false, kind: 'varargs', arg: 1 });
    const voidFirst: BtfFunc = { name: 'v', ret: int, params: [{ name: '', type: { kind: 'void' } }, { name: 'a', type: int }] };
    expect(distillBtfFunc(voidFirst)).toMatchObject({ ok: false, kind: 'arg-size-zero', arg: 0 });
  });
});

describe('what the kernel accepts without looking', () => {
  it('a struct of floats is a STRUCT: accepted', () => {
    expect(model('struct v { float x, y; }; int f(struct v a);')).toMatchObject({ argSize: [8], argFlags: [S], btfAlign: [4], largestMemberSize: [4] });
  });
  it('signedness is the BTF INT encoding: never enums, never _Bool or plain char', () => {
    const m = model('enum e { A = -1 }; enum big { B = 0x100000000 }; int f(enum e a, enum big b, _Bool c, char d, signed char e, unsigned char g, __int128 h, unsigned __int128 i);');
    expect(m.argSize).toEqual([4, 8, 1, 1, 1, 1, 16, 16]);
    expect(m.argFlags).toEqual([U, U, U, U, I, U, I, U]);
  });
  it('_BitInt is an INT of its byte size, SIGNED unless unsigned', () => {
    const m = model('int f(_BitInt(7) a, unsigned _BitInt(65) b, _BitInt(128) c);');
    expect(m.argSize).toEqual([1, 16, 16]);
    expect(m.argFlags).toEqual([I, U, I]);
    expect(m.btfAlign).toEqual([1, 8, 8]);
    expect(m.reworkAlign).toEqual([1, 16, 16]);
  });
  it('typedefs resolve, pointers are 8 and unsigned', () => {
    expect(model('typedef struct { short a; } S; typedef S T; typedef long L; int f(T a, L b, T *c, void *g);'))
      .toMatchObject({ argSize: [2, 8, 8, 8], argFlags: [S, I, U, U], btfAlign: [2, 8, 8, 8] });
  });
});

describe('btf__align_of and btf_is_struct_packed', () => {
  const cases: [string, string, number, boolean, number][] = [
    // [decls, type, libbpf btf__align_of, btf_is_struct_packed, C _Alignof]
    ['struct s0 { __int128 x; };', 'struct s0', 8, false, 16],
    ['struct s1 { __int128 x; } __attribute__((packed));', 'struct s1', 8, false, 1],
    // aligned(16) on a member only shows if it moves a member: here it moves none.
    ['struct a { long a __attribute__((aligned(16))); long b; };', 'struct a', 8, false, 16],
    ['struct c { char a __attribute__((aligned(8))); };', 'struct c', 1, false, 8],
    // int at offset 1: off its 4-byte alignment.
    ['struct p { char c; int i; } __attribute__((packed));', 'struct p', 1, true, 1],
    // members in place, but size 5 is not a multiple of 4.
    ['struct q { int a; char b; } __attribute__((packed));', 'struct q', 1, true, 1],
    // packed but naturally laid out: looks unpacked.
    ['struct n { int a; int b; } __attribute__((packed));', 'struct n', 4, false, 1],
    ['#pragma pack(2)\nstruct r { char c; int i; };\n#pragma pack()', 'struct r', 1, true, 2],
    // bit-fields: skipped by the offset test, counted in the largest alignment.
    ['struct b { char a; int b : 4; };', 'struct b', 4, false, 4],
    ['struct bp { char a; long b : 4; } __attribute__((packed));', 'struct bp', 1, true, 1],
    // a packed inner struct shows only through the outer offset.
    ['struct in { int a; } __attribute__((packed)); struct out { char c; struct in i; };', 'struct in', 4, false, 1],
    ['struct in { int a; } __attribute__((packed)); struct out { char c; struct in i; };', 'struct out', 1, true, 1],
    // arrays: element alignment; vectors are arrays in BTF.
    ['struct ar { char c; int a[2]; };', 'struct ar', 4, false, 4],
    ['typedef int v4si __attribute__((vector_size(16))); struct v { v4si x; };', 'struct v', 4, false, 16],
    ['union u { char c[5]; int i; };', 'union u', 4, false, 4],
    // unnamed bit-fields are not BTF members: nothing 4-aligned is left.
    ['struct ub { char a; int : 20; };', 'struct ub', 1, false, 4],
    ['struct e {};', 'struct e', 1, false, 1],
    ['struct fl { long double d; float f; };', 'struct fl', 8, false, 16],
  ];
  for (const [decls, type, btf, packed, c] of cases) {
    it(`${type} in ${decls.replace(/\n/g, ' ')}`, () => {
      const r = record(decls, type);
      expect(btfAlignOf(r)).toBe(btf);
      expect(btfIsPacked(r)).toBe(packed);
      const h = parseHeader(`${decls}\nvoid probe__(${type} x);\n`, 't.h');
      expect(layoutOf(scopeOf(h), fnOf(h, 'probe__').params[0]!.type).align).toBe(c);
    });
  }
  it('scalars: min(8, size), pointers 8; the rework cap keeps 16', () => {
    expect(btfAlignOf(btfOf('', '__int128'))).toBe(8);
    expect(btfAlignOf(btfOf('', '__int128'), REWORK_SCALAR_CAP)).toBe(16);
    expect(btfAlignOf(btfOf('', 'long double'))).toBe(8);
    expect(btfAlignOf(btfOf('', 'short'))).toBe(2);
    expect(btfAlignOf(btfOf('', 'char *'))).toBe(8);
    expect(btfAlignOf(btfOf('enum e { A = 1 } __attribute__((packed));', 'enum e'))).toBe(1);
    expect(btfAlignOf(btfOf('typedef long al2 __attribute__((aligned(2)));', 'al2'))).toBe(8);
    expect(btfAlignOf({ kind: 'void' })).toBe(0);
  });
});

describe('the RFC largest member size', () => {
  const cases: [string, string, number][] = [
    ['struct s { char c[16]; };', 'struct s', 16],
    ['struct s { char c; void *p; };', 'struct s', 8],
    ['struct s { char c; struct { short a, b, d; }; };', 'struct s', 6],
    ['struct s { char c; long b : 3; };', 'struct s', 8],
    ['struct s { char c; int : 20; };', 'struct s', 1],
    ['union u { char c; __int128 x; };', 'union u', 16],
    ['typedef int v2si __attribute__((vector_size(8))); struct s { v2si v; };', 'struct s', 8],
    ['', 'long', 0],
  ];
  for (const [decls, type, size] of cases) {
    it(`${type} in ${decls}`, () => expect(largestMemberSize(btfOf(decls, type))).toBe(size));
  }
});

describe('properties over generated headers', () => {
  for (const profile of ['kernel', 'user'] as const) {
    it(`${profile}: never throws; accepted models agree with the layout engine`, () => {
      fc.assert(fc.property(headerArb({ profile }), (h) => {
        const scope = scopeOf(h);
        for (const fn of functionsOf(h)) {
          const d = distillFuncModel(h, fn);
          if (!d.ok) {
            expect(d.reason).not.toMatch(/\n/);
            continue;
          }
          const m = d.model;
          expect(m.nrArgs).toBe(fn.params.length);
          fn.params.forEach((p, i) => {
            const l = layoutOf(scope, p.type);
            expect(m.argSize[i]).toBe(l.size);
            expect([1, 2, 4, 8]).toContain(m.btfAlign[i]);
            // Not ≥ btfAlign: a 16-byte member can make the size test call a record packed.
            expect([1, 2, 4, 8, 16]).toContain(m.reworkAlign[i]);
            // A bit-field counts with its declared type, which may outsize the record.
            if (!recordOf(scope, p.type)?.members.some((mem) => mem.bits !== undefined)) expect(m.largestMemberSize[i]).toBeLessThanOrEqual(l.size);
            expect(m.trueAlign[i]).toBe(l.align);
            // BTF never invents alignment, except where an attribute lowered it (packed,
            // #pragma pack, a typedef's aligned(N)) and the layout stayed natural.
            if (!lowersAlignment(h)) expect(m.btfAlign[i]).toBeLessThanOrEqual(l.align);
            if (!hasAttributes(h)) expect(m.btfAlign[i]).toBe(Math.min(8, l.align));
          });
        }
      }), { numRuns: 500 });
    });
  }
});

interface IrFacts {
  attrs: (Attrs & { vectorSize?: number })[];
  members: Member[];
  /** #pragma pack or a typedef's aligned(N): what can lower alignment besides `packed`. */
  lowering: boolean;
}

/** Every attribute set and record member in `h`, inline records included. */
function irFacts(h: Header): IrFacts {
  const f: IrFacts = { attrs: [], members: [], lowering: false };
  const def = (d: RecordDef): void => {
    f.attrs.push(d.attrs);
    for (const m of d.members) {
      f.members.push(m);
      f.attrs.push(m.attrs);
      type(m.type);
    }
  };
  const type = (t: Type): void => {
    if (t.t === 'record') def(t.def);
    else if (t.t === 'array') type(t.of);
    else if (t.t === 'ptr') type(t.to);
  };
  for (const d of h.decls) {
    if (d.kind === 'record') {
      def(d.def);
      if (d.pack !== undefined) f.lowering = true;
    } else if (d.kind === 'typedef') {
      f.attrs.push(d.attrs);
      if (d.attrs.aligned !== undefined) f.lowering = true;
      type(d.type);
    } else if (d.kind === 'enum') f.attrs.push(d.attrs);
  }
  return f;
}

/** Any packed, #pragma pack or typedef aligned(N): alignment may go down. */
function lowersAlignment(h: Header): boolean {
  const f = irFacts(h);
  return f.lowering || f.attrs.some((a) => a.packed === true);
}

/** Any attribute, vector or unnamed bit-field: without them BTF sees all alignment but the cap at 8. */
function hasAttributes(h: Header): boolean {
  const f = irFacts(h);
  return f.lowering || f.attrs.some((a) => a.packed === true || a.aligned !== undefined || a.vectorSize !== undefined) ||
    f.members.some((m) => m.alignas !== undefined || (m.bits !== undefined && m.name === undefined));
}
