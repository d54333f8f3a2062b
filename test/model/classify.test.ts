// Argument classification unit tests. Expected locations follow from the AAPCS64 rules
// named in each comment (current numbering, C.1–C.17), and agree with what the oracle
// observed from gcc-12 and clang-19 on the same prototypes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { predict, piecesOf, range, rules } from './helpers.js';

const bytes = (prefix: string, from: number, to: number): string[] => range(prefix, from, to);
const reg = (r: string, n: number): string[] => bytes(`${r}.`, 0, n);

describe('the arm64 many-args seeds (corpus/seeds/arm64-int128-alignment.h)', () => {
  const text = readFileSync('corpus/seeds/arm64-int128-alignment.h', 'utf8');
  const common = ['x0 x1', 'x2 x3', 'x4 x5', 'x6', 'stack+0', 'stack+16'];

  it('puts g at stack+32 (s0: natural alignment 16, C.14)', () => {
    const p = predict(text, 'f0');
    expect(piecesOf(p)).toEqual([...common, 'stack+32', 'ret x0']);
    expect(p.args[6]!.bytes).toEqual(bytes('stack+', 32, 48));
    expect(p.args[6]!.naturalAlign).toBe(16);
    // e: NGRN 7 is rounded to 8 (C.10), the pair does not fit (C.13), stack+0 16-aligned (C.14).
    expect(rules(p.args[4]!.trace)).toEqual(['C.10', 'C.13', 'C.14', 'C.17']);
    expect(p.args[4]!.state.ngrn).toEqual([7, 8]);
    expect(p.args[6]!.state.nsaa).toEqual([24, 48]);
  });

  it('puts packed s1 at stack+24 (natural alignment 1, so 8)', () => {
    const p = predict(text, 'f1');
    expect(piecesOf(p)).toEqual([...common, 'stack+24', 'ret x0']);
    expect(p.args[6]!.naturalAlign).toBe(1);
  });

  it('passes the 64-byte aligned(64) s2 by reference, the pointer in the slot at stack+24', () => {
    const p = predict(text, 'f2');
    expect(piecesOf(p)).toEqual([...common, 'ref(stack+24)', 'ret x0']);
    expect(p.args[6]!.bytes).toEqual(bytes('ref(stack+24)+', 0, 16).concat(Array(48).fill(null)));
    expect(rules(p.args[6]!.trace)).toEqual(['B.4', 'C.13', 'C.14', 'C.17']);
  });
});

describe('the kernel selftest shapes (corpus/seeds/kernel-selftests.h)', () => {
  const text = readFileSync('corpus/seeds/kernel-selftests.h', 'utf8');
  const expected: Record<string, string[]> = {
    struct_arg_1: ['x0 x1', 'x2', 'x3'],
    struct_arg_2: ['x0', 'x1 x2', 'x3'],
    struct_arg_3: ['x0', 'x1', 'x2 x3'],
    struct_arg_4: ['x0', 'x1', 'x2', 'x3', 'x4 x5'],
    struct_arg_5: [],
    struct_arg_6: ['x0'],
    struct_arg_7: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5 x6'],
    struct_arg_8: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5 x6', 'x7'],
    // h needs two registers but only x7 is left: C.13, then i follows it on the stack.
    struct_arg_9: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'stack+0', 'stack+16'],
    struct_arg_10: ['x0 x1', 'x2 x3', 'x4 x5', 'x6 x7', 'stack+0', 'stack+8'],
    struct_arg_11: ['x0 x1', 'x2 x3', 'x4 x5', 'x6 x7', 'stack+0', 'stack+16'],
    union_arg_1: ['x0', 'x1', 'x2'],
    union_arg_2: ['x0', 'x1 x2'],
    int128_arg: ['x0 x1', 'x2', 'x3'],
    fentry_test11: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'stack+0', 'stack+8', 'stack+16'],
    kfunc_stack_pair_mid: ['x0', 'x1 x2', 'x3'],
    kfunc_stack_int128_3: ['x0', 'x1', 'x2 x3'],
    // C.10 rounds NGRN 7 to 8; the pair goes to the stack, 16-aligned.
    kfunc_stack_int128_8: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'stack+0'],
    kfunc_stack_pair_7: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5 x6', 'x7'],
    kfunc_stack_pair_8: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'stack+0'],
  };
  for (const [name, args] of Object.entries(expected)) {
    it(name, () => expect(piecesOf(predict(text, name)).slice(0, -1)).toEqual(args));
  }

  it('returns __int128 in x0:x1', () => {
    expect(predict(text, 'int128_ret').ret!.bytes).toEqual([...reg('x0', 8), ...reg('x1', 8)]);
  });

  it('puts the 8 + 8 bytes of struct lohi in consecutive registers', () => {
    expect(predict(text, 'kfunc_stack_pair_mid').args[1]!.bytes).toEqual([...reg('x1', 8), ...reg('x2', 8)]);
  });
});

describe('value classes', () => {
  it('matches the oracle integration test', () => {
    const text = readFileSync('test/fixtures/value-classes.h', 'utf8');
    expect(piecesOf(predict(text, 'ret_big'))).toEqual(['x0', 'ref(x1)', 'ret ref(x8)']);
    expect(piecesOf(predict(text, 'ret_hfa'))).toEqual(['v0 v1 v2 v3', 'v4', 'ret v0 v1 v2 v3']);
    expect(piecesOf(predict(text, 'flags'))).toEqual(['x0', 'x1', 'x2', 'ret x0']);
    const bf = predict(text, 'bf');
    expect(piecesOf(bf)).toEqual(['x0', 'x1', 'ret x0']);
    // Byte 1 holds no value bit: a is bits 0-2, b bits 3-7, c bytes 2-3.
    expect(bf.args[0]!.bytes).toEqual(['x0.0', null, 'x0.2', 'x0.3']);
  });

  it('gives each HFA member its own v register (C.2)', () => {
    const p = predict('struct h { float a, b, c; };\nvoid f(struct h x, double y);');
    expect(p.args[0]!.bytes).toEqual([...reg('v0', 4), ...reg('v1', 4), ...reg('v2', 4)]);
    expect(p.args[1]!.bytes).toEqual(reg('v3', 8));
    expect(p.args[0]!.state.nsrn).toEqual([0, 3]);
  });

  it('treats _Complex as a two-member HFA and unions of one FP type as HFAs', () => {
    expect(predict('void f(_Complex double z);').args[0]!.bytes).toEqual([...reg('v0', 8), ...reg('v1', 8)]);
    expect(piecesOf(predict('union u { float a; float b[2]; };\nvoid f(union u x);'))).toEqual(['v0 v1', 'ret void']);
  });

  it('counts __bf16 as an HFA base type, as the text does (gcc 12 does not)', () => {
    expect(piecesOf(predict('struct b { __bf16 a, b; };\nvoid f(struct b x);'))).toEqual(['v0 v1', 'ret void']);
  });

  it('ignores zero-width bit-fields and empty records in an HFA; a zero-length array disqualifies it', () => {
    expect(piecesOf(predict('struct b { float a; int : 0; float b; };\nvoid f(struct b x);'))).toEqual(['v0 v1', 'ret void']);
    expect(piecesOf(predict('struct d { float a; struct {} e; float b; };\nvoid f(struct d x);'))).toEqual(['v0 v1', 'ret void']);
    expect(piecesOf(predict('struct c { float a; float b[0]; };\nvoid f(struct c x);'))).toEqual(['x0', 'ret void']);
  });

  it('ignores an empty member made of a zero-length array, as gcc and clang both do after a _Complex double', () => {
    // seed 7 #88080 of the user profile, reduced: gcc 12 and clang 19 put x in v0, v1.
    expect(piecesOf(predict('struct q { _Complex double a; union { long double b[0]; }; };\nvoid f(struct q x, double y);'))).toEqual(['v0 v1', 'v2', 'ret void']);
  });

  it('ignores an array of empty records in an HFA, as clang does', () => {
    // seed 2033 #62589 of the user profile, reduced: clang 14-22 pass x in v0 (an HFA of one
    // long double: "non-zero arrays of empty records" are skipped); gcc sees the zero-length
    // array inside and passes x0, x1 (gcc-zero-length-array-hfa).
    expect(piecesOf(predict('struct e { int a[0]; };\nstruct s { long double a; struct e b[4]; };\nvoid f(struct s x);'))).toEqual(['v0', 'ret void']);
  });

  it('sends an HFA that does not fit to the stack and closes the v registers (C.3)', () => {
    const p = predict('struct h { double a, b, c; };\nvoid f(double a, double b, double c, double d, double e, double g, struct h x, double y);');
    expect(piecesOf(p).slice(6, 8)).toEqual(['stack+0', 'stack+24']);
    expect(rules(p.args[6]!.trace)).toEqual(['B.2', 'C.3', 'C.4', 'C.6']);
  });

  it('keeps v registers open after C.13 closes the x registers', () => {
    const p = predict('struct s { long a, b; };\nvoid f(long a, long b, long c, long d, long e, long g, long h, struct s x, double y, long z);');
    expect(piecesOf(p).slice(7)).toEqual(['stack+0', 'v0', 'stack+16', 'ret void']);
  });

  it('gives a float on the stack an 8-byte slot (C.5) and a long double a 16-aligned one (C.4)', () => {
    const floats = Array.from({ length: 9 }, (_, i) => `float a${i}`).join(', ');
    const p = predict(`void f(${floats}, float b, long double c);`);
    expect(piecesOf(p).slice(8)).toEqual(['stack+0', 'stack+8', 'stack+16', 'ret void']);
    expect(p.args[8]!.bytes).toEqual(bytes('stack+', 0, 4));
    expect(predict('void f(long double q);').args[0]!.bytes).toEqual(reg('v0', 16));
  });

  it('aligns a 16-byte short vector on the stack to 16 (C.4)', () => {
    const p = predict('typedef int v4 __attribute__((vector_size(16)));\nvoid f(double a, double b, double c, double d, double e, double g, double h, double i, float j, v4 x);');
    expect(piecesOf(p).slice(8)).toEqual(['stack+0', 'stack+16', 'ret void']);
  });

  it('rounds NGRN for natural alignment 16, not for aligned(16) on the record (C.10)', () => {
    expect(piecesOf(predict('struct s { long a, b; } __attribute__((aligned(16)));\nvoid f(int i, struct s x);'))).toEqual(['x0', 'x1 x2', 'ret void']);
    expect(piecesOf(predict('struct s { long a __attribute__((aligned(16))); long b; };\nvoid f(int i, struct s x);'))).toEqual(['x0', 'x2 x3', 'ret void']);
    expect(piecesOf(predict('void f(int i, __int128 x, _BitInt(72) y);'))).toEqual(['x0', 'x2 x3', 'x4 x5', 'ret void']);
  });

  it('names padding null and passes a _BitInt\'s partial top byte as not located', () => {
    const p = predict('struct s { char c; int i; };\nvoid f(struct s x, _BitInt(12) y);');
    expect(p.args[0]!.bytes).toEqual(['x0.0', null, null, null, 'x0.4', 'x0.5', 'x0.6', 'x0.7']);
    expect(p.args[1]!.bytes).toEqual(['x1.0', null]);
  });

  it('ignores a struct of size 0', () => {
    const p = predict('struct e {};\nvoid f(struct e x, int y);');
    expect(piecesOf(p)).toEqual(['', 'x0', 'ret void']);
  });

  it('returns what fits in registers there, the rest through x8', () => {
    expect(predict('struct s { char c[16]; };\nstruct s f(void);').ret!.pieces).toEqual(['x0', 'x1']);
    expect(predict('struct s { char c[17]; };\nstruct s f(void);').ret!.pieces).toEqual(['ref(x8)']);
    expect(predict('struct h { float a[4]; };\nstruct h f(void);').ret!.pieces).toEqual(['v0', 'v1', 'v2', 'v3']);
    expect(predict('long double f(void);').ret!.pieces).toEqual(['v0']);
  });
});
