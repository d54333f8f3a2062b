// Layout unit tests. Every expectation was checked against aarch64 gcc-12 (sizeof,
// _Alignof, offsetof, and the bytes of initialised bit-fields); where clang-19 differs the
// test says so, and the model follows gcc.
import { describe, expect, it } from 'vitest';
import { layout, masks } from './helpers.js';

const sizeAlign = (decls: string, type: string): [number, number] => {
  const l = layout(decls, type);
  return [l.size, l.align];
};
const member = (decls: string, type: string, path: string) => layout(decls, type).members.find((m) => m.path === path);

describe('scalars, enums, _BitInt, vectors', () => {
  it('has the LP64 table', () => {
    expect(sizeAlign('', 'long double')).toEqual([16, 16]);
    expect(sizeAlign('', '__int128')).toEqual([16, 16]);
    expect(sizeAlign('', '_Float16')).toEqual([2, 2]);
    expect(sizeAlign('', '_Complex double')).toEqual([16, 8]);
    expect(sizeAlign('', '_Complex long double')).toEqual([32, 16]);
    expect(sizeAlign('', 'void *')).toEqual([8, 8]);
  });

  it('sizes enums by their values, packed ones to the smallest type', () => {
    expect(sizeAlign('enum e { A = 1 };', 'enum e')).toEqual([4, 4]);
    expect(sizeAlign('enum e { A = 0xffffffffu };', 'enum e')).toEqual([4, 4]);
    expect(sizeAlign('enum e { A = -1, B = 0x80000000u };', 'enum e')).toEqual([8, 8]);
    expect(sizeAlign('enum e { A = -1, B = 200 } __attribute__((packed));', 'enum e')).toEqual([2, 2]);
    expect(sizeAlign('enum e { A = 1 } __attribute__((packed));', 'enum e')).toEqual([1, 1]);
  });

  it('ignores aligned(N) after an enum, as gcc does (clang applies it)', () => {
    expect(sizeAlign('enum e { A = 1 } __attribute__((aligned(16)));', 'enum e')).toEqual([4, 4]);
    expect(sizeAlign('enum e { A = 1 } __attribute__((aligned(1)));', 'enum e')).toEqual([4, 4]);
  });

  it('lays _BitInt out as clang 19 does', () => {
    expect([2, 8, 9, 17, 33, 64, 65, 128].map((n) => sizeAlign('', `_BitInt(${n})`))).toEqual([
      [1, 1], [1, 1], [2, 2], [4, 4], [8, 8], [8, 8], [16, 16], [16, 16],
    ]);
  });

  it('aligns GNU vectors to min(size, 16); a typedef aligned(N) sets N, packed is ignored', () => {
    expect(sizeAlign('typedef float v __attribute__((vector_size(32)));', 'v')).toEqual([32, 16]);
    expect(sizeAlign('typedef float v __attribute__((vector_size(16), aligned(4)));', 'v')).toEqual([16, 4]);
    expect(sizeAlign('struct s { int a; long b; }; typedef struct s t __attribute__((aligned(2)));', 't')).toEqual([16, 2]);
    expect(sizeAlign('struct s { int a; long b; }; typedef struct s t __attribute__((packed));', 't')).toEqual([16, 8]);
  });
});

describe('records', () => {
  it('pads {char; __int128} to 32 bytes', () => {
    expect(sizeAlign('struct s { char c; __int128 i; };', 'struct s')).toEqual([32, 16]);
    expect(member('struct s { char c; __int128 i; };', 'struct s', '.i')).toEqual({ path: '.i', offset: 16, size: 16, align: 16 });
  });

  it('lets packed lower and aligned raise, member aligned winning over packed', () => {
    expect(sizeAlign('struct s { char c; int i; } __attribute__((packed));', 'struct s')).toEqual([5, 1]);
    expect(sizeAlign('struct s { char c; int i __attribute__((aligned(2))); } __attribute__((packed));', 'struct s')).toEqual([6, 2]);
    expect(sizeAlign('struct s { long a, b; } __attribute__((aligned(16)));', 'struct s')).toEqual([16, 16]);
    expect(sizeAlign('struct s { char c; } __attribute__((aligned(1)));', 'struct s')).toEqual([1, 1]);
    expect(sizeAlign('struct s { char c; _Alignas(16) struct { char x; }; };', 'struct s')).toEqual([32, 16]);
  });

  it('applies #pragma pack to members, their aligned(N) and nested inline records', () => {
    const b = '#pragma pack(push, 2)\nstruct b { char c; int x __attribute__((aligned(8))); };\n#pragma pack(pop)';
    expect(sizeAlign(b, 'struct b')).toEqual([6, 2]);
    const f = '#pragma pack(push, 2)\nstruct f { char c; struct { char y; long z; } in; };\n#pragma pack(pop)';
    expect(sizeAlign(f, 'struct f')).toEqual([12, 2]);
    expect(member(f, 'struct f', '.in.z')).toEqual({ path: '.in.z', offset: 4, size: 8, align: 2 });
  });

  it('gives flexible and zero-length arrays no size', () => {
    expect(sizeAlign('struct s { char a; int b[]; };', 'struct s')).toEqual([4, 4]);
    expect(sizeAlign('struct s { char a; long b[0]; };', 'struct s')).toEqual([8, 8]);
    expect(sizeAlign('struct s { int a[0]; };', 'struct s')).toEqual([0, 4]);
  });

  it('sizes unions by their largest member, bit-fields by their bytes', () => {
    expect(sizeAlign('union u { char c[5]; short s; };', 'union u')).toEqual([6, 2]);
    expect(sizeAlign('union u { char c; int x : 17; };', 'union u')).toEqual([4, 4]);
  });
});

describe('bit-fields (gcc)', () => {
  it('counts unnamed and zero-width bit-fields in the record alignment on aarch64', () => {
    expect(sizeAlign('struct a { char c; int : 0; char d; };', 'struct a')).toEqual([8, 4]);
    expect(member('struct a { char c; int : 0; char d; };', 'struct a', '.d')?.offset).toBe(4);
    expect(sizeAlign('struct b { int foo : 1; long : 0; char bar; };', 'struct b')).toEqual([16, 8]);
    expect(sizeAlign('struct d { char a; int : 5; char b; };', 'struct d')).toEqual([4, 4]);
    expect(sizeAlign('struct c { char c; __int128 : 0; };', 'struct c')).toEqual([16, 16]);
  });

  it('moves a bit-field that would straddle a unit of its type', () => {
    const l = layout('struct s { unsigned a : 3; unsigned b : 30; unsigned short c; };', 'struct s');
    expect(l.members).toEqual([
      { path: '.a', bitOffset: 0, bitWidth: 3 },
      { path: '.b', bitOffset: 32, bitWidth: 30 },
      { path: '.c', offset: 8, size: 2, align: 2 },
    ]);
  });

  it('moves every bit-field of an over-aligned typedef to its boundary (clang: b at 2, size 16)', () => {
    const decls = 'typedef int i16 __attribute__((aligned(16))); struct e { char a; i16 x : 5; char b; };';
    expect(sizeAlign(decls, 'struct e')).toEqual([32, 16]);
    expect(member(decls, 'struct e', '.x')).toEqual({ path: '.x', bitOffset: 128, bitWidth: 5 });
    expect(member(decls, 'struct e', '.b')?.offset).toBe(17);
  });

  it('rounds only the bit part of the position relative to a 16-byte chunk (clang: f at bit 512)', () => {
    const decls = 'typedef long long t2 __attribute__((aligned(64)));\nstruct s { char *a; int b; char *c; unsigned short d : 16; long e; t2 f : 7; };';
    expect(member(decls, 'struct s', '.f')).toEqual({ path: '.f', bitOffset: 768, bitWidth: 7 });
    expect(sizeAlign(decls, 'struct s')).toEqual([128, 64]);
  });

  it('turns a mode-sized bit-field of an under-aligned typedef into a field of that mode (clang: align 1)', () => {
    expect(sizeAlign('typedef long l1 __attribute__((aligned(1))); struct h { l1 x : 64; };', 'struct h')).toEqual([8, 8]);
    expect(sizeAlign('typedef long l1 __attribute__((aligned(1))); struct h { char c; l1 x : 64; };', 'struct h')).toEqual([9, 1]);
    expect(sizeAlign('typedef long l1 __attribute__((aligned(1))); union u { l1 x : 64; };', 'union u')).toEqual([8, 8]);
  });

  it('lets packed bit-fields straddle bytes, in packed records too', () => {
    const decls = 'struct s { long long a : 5; char b : 4; double c; } __attribute__((packed));';
    expect(member(decls, 'struct s', '.b')).toEqual({ path: '.b', bitOffset: 5, bitWidth: 4 });
    expect(sizeAlign(decls, 'struct s')).toEqual([10, 1]);
    expect(member('struct g { char c; char x : 5 __attribute__((packed)); char y : 5 __attribute__((packed)); char z; };', 'struct g', '.y'))
      .toEqual({ path: '.y', bitOffset: 13, bitWidth: 5 });
  });

  it('switches the straddling rule off under #pragma pack but keeps zero-width ones', () => {
    const c = '#pragma pack(push, 2)\nstruct c { char c; int x : 30; };\n#pragma pack(pop)';
    expect(sizeAlign(c, 'struct c')).toEqual([6, 2]);
    expect(member(c, 'struct c', '.x')).toEqual({ path: '.x', bitOffset: 8, bitWidth: 30 });
    const d = '#pragma pack(push, 2)\nstruct d { char c; long : 0; char e; };\n#pragma pack(pop)';
    expect(sizeAlign(d, 'struct d')).toEqual([16, 8]);
    const e = '#pragma pack(push, 2)\nstruct e { char c; long x : 5 __attribute__((packed)); };\n#pragma pack(pop)';
    expect(sizeAlign(e, 'struct e')).toEqual([2, 2]);
  });

  it('aligns a bit-field with aligned(N) like an ordinary member', () => {
    const j = 'struct j { char c; int x : 8 __attribute__((aligned(8))); char z; };';
    expect(sizeAlign(j, 'struct j')).toEqual([16, 8]);
    expect(member(j, 'struct j', '.z')?.offset).toBe(9);
  });
});

describe('member table', () => {
  it('flattens anonymous records, describes arrays of records by element 0, skips unnamed bit-fields', () => {
    const decls = 'struct in { short x; char y; };\nstruct s { char a; struct { int b; union { char c; long d; }; }; struct in e[3]; int : 4; unsigned f : 4; };';
    expect(layout(decls, 'struct s').members).toEqual([
      { path: '.a', offset: 0, size: 1, align: 1 },
      { path: '.b', offset: 8, size: 4, align: 4 },
      { path: '.c', offset: 16, size: 1, align: 1 },
      { path: '.d', offset: 16, size: 8, align: 8 },
      { path: '.e', offset: 24, size: 12, align: 2 },
      { path: '.e[0].x', offset: 24, size: 2, align: 2 },
      { path: '.e[0].y', offset: 26, size: 1, align: 1 },
      { path: '.f', bitOffset: 292, bitWidth: 4 },
    ]);
  });

  it("reports gcc's __alignof__ of a member: its DECL_ALIGN after packing", () => {
    expect(member('struct s { char c; long l; } __attribute__((packed));', 'struct s', '.l')).toEqual({ path: '.l', offset: 1, size: 8, align: 1 });
  });
});

describe('value bits', () => {
  it('masks padding and unnamed bit-fields, keeps named bit-fields bit by bit', () => {
    const l = masks('struct s { char a; int : 4; unsigned b : 3; short c; };', 'struct s');
    expect([...l.bits]).toEqual([0xff, 0x70, 0xff, 0xff]);
  });

  it("marks a _BitInt's partial top byte as not located, unless a _Bool shares it", () => {
    const l = masks('struct s { _BitInt(12) a; };', 'struct s');
    expect([...l.bits]).toEqual([0xff, 0x0f]);
    expect([...l.normalized]).toEqual([0, 1]);
    const u = masks('union u { _BitInt(12) a; _Bool b[2]; };', 'union u');
    expect([...u.normalized]).toEqual([0, 0]);
  });

  it('gives zero-length and flexible arrays no value bits', () => {
    expect([...masks('struct s { char a; char b[0]; };', 'struct s').bits]).toEqual([0xff]);
  });
});
