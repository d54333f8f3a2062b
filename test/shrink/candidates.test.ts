import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { declsFor } from '../../src/c/closure.js';
import { functionsOf } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { headerArb } from '../../src/gen/arbitrary.js';
import type { PrototypeInput } from '../../src/data/prototype.js';
import { candidates, proposals, roundTrips, tidy } from '../../src/shrink/candidates.js';
import { removeChunks } from '../../src/shrink/sites.js';
import { sizeOf } from '../../src/shrink/size.js';
import { violations } from '../../src/shrink/validity.js';
import { flat, inputOf } from './helpers.js';

const flats = (input: PrototypeInput): string[] => candidates(input).map(flat);

/** The input's one-line text with each `from` replaced by its `to`: a candidate we expect. */
function edited(input: PrototypeInput, ...edits: [string, string][]): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`'${from}' not in ${text}`);
    return text.replace(from, to);
  }, flat(input));
}

function expectSteps(text: string, edits: [string, string][][]): void {
  const input = inputOf(text);
  const got = flats(input);
  for (const e of edits) expect(got).toContain(edited(input, ...e));
}

/** The invariants every candidate list keeps, whatever the input. */
function checkInvariants(input: PrototypeInput): void {
  const base = tidy(input);
  const all = candidates(input);
  const renamed = all.at(-1) !== undefined && sizeOf(all.at(-1)!) >= sizeOf(base) ? all.at(-1) : undefined;
  const sizes: number[] = [];
  for (const c of all) {
    expect(roundTrips(c.header)).toBe(true);
    expect(flat(c)).not.toBe(flat(base));
    expect(functionsOf(c.header)).toEqual([c.fn]);
    expect(c.header.decls).toContain(c.fn);
    expect(isDeepStrictEqual(declsFor(c.header, c.fn), c.header)).toBe(true);
    expect(violations(c.header).length).toBeLessThanOrEqual(violations(base.header).length);
    if (c !== renamed) sizes.push(sizeOf(c));
  }
  expect(sizes.every((n) => n < sizeOf(base))).toBe(true);
  expect(sizes).toEqual([...sizes].sort((a, b) => a - b)); // smallest first
  expect(new Set(all.map(flat)).size).toBe(all.length);
}

const HEADERS = {
  params: 'long f(int a, char b);\n',
  members: 'struct s { int a; char b; };\nint f(struct s x);\n',
  attrs: [
    'typedef int t __attribute__((aligned(8)));',
    'enum e { A = 1 } __attribute__((packed));',
    '#pragma pack(push, 2)',
    'struct s { _Alignas(8) long a __attribute__((aligned(16))); t b; enum e c; } __attribute__((packed, aligned(4)));',
    '#pragma pack(pop)',
    'int f(struct s x);',
  ].join('\n'),
  typedefs: 'typedef long t;\nstruct s { t a; };\nint f(struct s x, t y);\n',
  nested: 'struct in { int a; char b; };\nstruct s { struct in n; int a; struct { short c; }; };\nint f(struct s x);\n',
  arrays: 'struct s { int a[4]; };\nint f(struct s x);\n',
  bitfields: 'struct s { unsigned a : 3; long : 5; };\nint f(struct s x);\n',
  integers: '__int128 f(__int128 a, long b, int c, short d, unsigned long long e);\n',
  enums: 'enum e { A = 1, B = 2 };\nenum p { C = 1 } __attribute__((packed));\nstruct s { enum e a; enum p b : 3; };\nint f(struct s x, enum e y);\n',
  unions: 'union u { int a; long b; };\nstruct s { union u x; union { char c; short d; } y; };\nint f(union u p, struct s q);\n',
  names: 'struct holder { int value; };\nint takes(struct holder h, int n);\n',
};

describe('candidates: one step of each kind', () => {
  it('drop a parameter and simplify the return type', () => {
    expectSteps(HEADERS.params, [[['int a, ', '']], [[', char b', '']], [['long f', 'void f']], [['long f', 'int f']]]);
  });

  it('drop a member and turn a record parameter into a member type', () => {
    expectSteps(HEADERS.members, [
      [['int a; ', '']],
      [[' char b;', '']],
      [['struct s { int a; char b; }; ', ''], ['struct s x', 'int x']],
      [['struct s { int a; char b; }; ', ''], ['struct s x', 'char x']],
    ]);
  });

  it('drop each attribute, _Alignas and #pragma pack', () => {
    expectSteps(HEADERS.attrs, [
      [['int t __attribute__((aligned(8)))', 'int t']],
      [['} __attribute__((packed)); #pragma', '}; #pragma']],
      [['#pragma pack(push, 2) ', ''], [' #pragma pack(pop)', '']],
      [['} __attribute__((packed, aligned(4)))', '} __attribute__((aligned(4)))']],
      [['} __attribute__((packed, aligned(4)))', '} __attribute__((packed))']],
      [['_Alignas(8) ', '']],
      [['long a __attribute__((aligned(16)))', 'long a']],
    ]);
  });

  it('inline a typedef everywhere it is used', () => {
    expectSteps(HEADERS.typedefs, [[['typedef long t; ', ''], ['t a;', 'long a;'], ['t y', 'long y']]]);
  });

  it('flatten a nested record (renaming clashes) or replace it by a scalar of its size', () => {
    expectSteps(HEADERS.nested, [
      [['struct in { int a; char b; }; ', ''], ['struct in n;', 'int a0; char b;']],
      [['struct { short c; };', 'short c;']],
      [['struct in { int a; char b; }; ', ''], ['struct in n;', 'long n;']],
      [['struct { short c; };', 'short m0;']],
    ]);
  });

  it('shorten an array or replace it by its element', () => {
    expectSteps(HEADERS.arrays, [[['int a[4]', 'int a[1]']], [['int a[4]', 'int a']]]);
  });

  it('turn a named bit-field into a plain member, or narrow a width to 1', () => {
    expectSteps(HEADERS.bitfields, [[['unsigned int a : 3', 'unsigned int a']], [['a : 3', 'a : 1']], [['long : 5', 'long : 1']]]);
    expect(flats(inputOf(HEADERS.bitfields)).some((t) => /long;/.test(t))).toBe(false); // `long;` declares nothing
  });

  it('narrow integers one rank at a time', () => {
    expectSteps(HEADERS.integers, [
      [['__int128 a', 'long a']],
      [['long b', 'int b']],
      [['int c', 'char c']],
      [['short d', 'char d']],
      [['unsigned long long e', 'unsigned int e']],
    ]);
  });

  it('replace an enum by the integer of its size and drop enumerators down to one', () => {
    expectSteps(HEADERS.enums, [
      [['enum e { A = 1, B = 2 }; ', ''], ['enum e a;', 'int a;'], ['enum e y', 'int y']],
      [['enum p { C = 1 } __attribute__((packed)); ', ''], ['enum p b : 3', 'char b : 3']],
      [['A = 1, ', '']],
      [[', B = 2', '']],
    ]);
    expect(flats(inputOf(HEADERS.enums)).some((t) => t.includes('enum p { }'))).toBe(false);
  });

  it('turn a union into a struct, renaming its uses', () => {
    expectSteps(HEADERS.unions, [
      [['union u {', 'struct u {'], ['union u x', 'struct u x'], ['union u p', 'struct u p']],
      [['union { char c; short d; } y', 'struct { char c; short d; } y']],
    ]);
  });

  it('rename everything to short names, last', () => {
    const all = candidates(inputOf(HEADERS.names));
    expect(flat(all.at(-1)!)).toBe('struct s0 { int a; }; int f0(struct s0 p0, int p1);');
    const short = inputOf('struct s0 { long a; };\nint f0(struct s0 p0);\n');
    expect(flats(short)).not.toContain(flat(short)); // already short: no rename candidate
  });

  it('keep only what the function uses', () => {
    const header = parseHeader('struct unused { int a; };\nstruct s { int a; };\nint g(struct unused u);\nint f(struct s x, int y);\n', 't.h');
    const all = candidates({ origin: 't.h', header, fn: functionsOf(header)[1]! });
    expect(all.length).toBeGreaterThan(0);
    for (const t of all.map(flat)) expect(t).not.toMatch(/unused|g\(/);
  });
});

describe('candidates: C rules kept', () => {
  it('never lowers an alignment below a member _Alignas', () => {
    const got = flats(inputOf('struct p { long a; } __attribute__((packed));\nstruct s { _Alignas(4) struct p x; };\nint f(struct s y);\n'));
    expect(got.some((t) => t.includes('struct p { long a; };'))).toBe(false);
  });

  it('never leaves a bit-field wider than its type', () => {
    expect(flats(inputOf('struct s { long a : 40; };\nint f(struct s x);\n')).some((t) => t.includes('int a : 40'))).toBe(false);
  });

  it('never leaves a flexible array member alone', () => {
    const got = flats(inputOf('struct s { int n; int d[]; };\nint f(struct s *x);\n'));
    expect(got).toContain('struct s { int n; int d; }; int f(struct s *x);');
    expect(got.some((t) => t.includes('struct s { int d[]; }'))).toBe(false);
  });
});

describe('candidates: invariants', () => {
  for (const [name, text] of Object.entries(HEADERS)) {
    it(`hold for the ${name} header`, () => checkInvariants(inputOf(text)));
  }

  it('hold for generated headers, and every step proposes IR that prints and parses back', () => {
    fc.assert(
      fc.property(headerArb({ profile: 'user' }), (h) => {
        const input = { origin: 'gen.h', header: h, fn: functionsOf(h)[0]! };
        for (const p of proposals(tidy(input))) expect(roundTrips(p.header)).toBe(true);
        checkInvariants(input);
      }),
      { numRuns: 60 },
    );
  });
});

describe('removeChunks', () => {
  it('drops each run of n/2, n/4, … neighbours, down to runs of two', () => {
    expect(removeChunks([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([
      [5, 6, 7, 8], [1, 2, 3, 4],
      [3, 4, 5, 6, 7, 8], [1, 2, 5, 6, 7, 8], [1, 2, 3, 4, 7, 8], [1, 2, 3, 4, 5, 6],
    ]);
    expect(removeChunks([1, 2, 3, 4, 5])).toEqual([[3, 4, 5], [1, 2, 5], [1, 2, 3, 4]]);
    expect(removeChunks([1, 2, 3])).toEqual([]);
  });

  it('lets one round drop half of a long parameter list', () => {
    const input = inputOf('void f(int a, int b, int c, int d, int e, int f2, int g, int h);');
    expect(flats(input)[0]).toBe(edited(input, ['int a, int b, int c, int d, ', '']));
  });
});
