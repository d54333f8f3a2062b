import { describe, expect, it } from 'vitest';
import { SCALARS, type Header, type Scalar, type Type } from '../../src/c/ir.js';
import { printDeclaration, printFunction, printHeader, printSignature, printType } from '../../src/c/print.js';

const int: Type = { t: 'scalar', s: 'int' };
const ptr = (to: Type): Type => ({ t: 'ptr', to });
const arr = (of: Type, len: number | null): Type => ({ t: 'array', of, len });

describe('printDeclaration', () => {
  it('writes declarators inside out', () => {
    expect(printDeclaration(ptr(arr(int, 4)), 'p')).toBe('int (*p)[4]');
    expect(printDeclaration(arr(ptr(int), 3), 'a')).toBe('int *a[3]');
    expect(printDeclaration(arr({ t: 'tagref', kind: 'struct', tag: 's0' }, 3), 'a')).toBe('struct s0 a[3]');
    expect(printDeclaration(ptr(ptr(arr(arr(int, 3), 2))), 'p')).toBe('int (**p)[2][3]');
    expect(printDeclaration(arr(ptr(arr(int, 0)), 2), 'q')).toBe('int (*q[2])[0]');
    expect(printDeclaration(arr(int, null), 'flex')).toBe('int flex[]');
    expect(printDeclaration(ptr({ t: 'void' }), 'v')).toBe('void *v');
  });

  it('prints abstract declarators for casts and sizeof', () => {
    expect(printType(ptr(arr(int, 4)))).toBe('int (*)[4]');
    expect(printType(ptr(ptr(int)))).toBe('int **');
    expect(printType({ t: 'named', name: 't0' })).toBe('t0');
    expect(printType({ t: 'bitint', bits: 7, unsigned: false })).toBe('_BitInt(7)');
    expect(printType({ t: 'bitint', bits: 128, unsigned: true })).toBe('unsigned _BitInt(128)');
  });

  it('spells every scalar as SCALARS does', () => {
    for (const s of Object.keys(SCALARS) as Scalar[]) expect(printType({ t: 'scalar', s })).toBe(SCALARS[s]);
  });
});

describe('printFunction', () => {
  const fn = { kind: 'function' as const, name: 'f0', ret: ptr(arr(int, 4)), params: [] };
  it('uses void for an empty parameter list and keeps the return declarator around the name', () => {
    expect(printFunction(fn)).toBe('int (*f0(void))[4];');
    expect(printFunction(fn, 'callee')).toBe('int (*callee(void))[4];');
    expect(printSignature(fn, 'g')).toBe('int (*g(void))[4]');
  });
  it('prints named and unnamed parameters', () => {
    const g = { kind: 'function' as const, name: 'g', ret: { t: 'void' as const }, params: [{ name: 'p0', type: ptr(int) }, { type: { t: 'scalar' as const, s: 'uint128' as const } }] };
    expect(printFunction(g)).toBe('void g(int *p0, unsigned __int128);');
  });
});

describe('printHeader', () => {
  it('prints records with attributes, bit-fields, anonymous members and pack pragmas', () => {
    const h: Header = {
      decls: [
        { kind: 'typedef', name: 't0', type: { t: 'scalar', s: 'long' }, attrs: { aligned: 16 } },
        { kind: 'typedef', name: 'v0', type: int, attrs: { vectorSize: 16 } },
        {
          kind: 'record',
          pack: 2,
          def: {
            kind: 'struct',
            tag: 's0',
            attrs: { packed: true, aligned: 8 },
            members: [
              { name: 'x', type: int, bits: 3, attrs: { aligned: 4 } },
              { type: int, bits: 0, attrs: {} },
              { type: { t: 'named', name: 't0' }, bits: 5, attrs: {} },
              { name: 'y', type: { t: 'scalar', s: 'char' }, attrs: {}, alignas: 8 },
              {
                type: { t: 'record', def: { kind: 'union', members: [{ name: 'z', type: int, attrs: { packed: true } }], attrs: { aligned: 16 } } },
                attrs: {},
                alignas: 32,
              },
              { name: 'w', type: { t: 'record', def: { kind: 'struct', members: [{ name: 'a', type: int, attrs: {} }], attrs: {} } }, attrs: { packed: true } },
              { name: 'f', type: arr(int, null), attrs: {} },
            ],
          },
        },
      ],
    };
    expect(printHeader(h)).toBe(
      [
        'typedef long t0 __attribute__((aligned(16)));',
        'typedef int v0 __attribute__((vector_size(16)));',
        '#pragma pack(push, 2)',
        'struct s0 {',
        '  int x : 3 __attribute__((aligned(4)));',
        '  int : 0;',
        '  t0 : 5;',
        '  _Alignas(8) char y;',
        '  _Alignas(32) union {',
        '    int z __attribute__((packed));',
        '  } __attribute__((aligned(16)));',
        '  struct {',
        '    int a;',
        '  } w __attribute__((packed));',
        '  int f[];',
        '} __attribute__((packed, aligned(8)));',
        '#pragma pack(pop)',
        '',
      ].join('\n'),
    );
  });

  it('prints enums with explicit values, spelled without warnings at the 64-bit extremes', () => {
    const h: Header = {
      decls: [
        {
          kind: 'enum',
          tag: 'e0',
          values: [
            { name: 'E0_0', value: '-9223372036854775808' },
            { name: 'E0_1', value: '9223372036854775807' },
            { name: 'E0_2', value: '-1' },
          ],
          attrs: { aligned: 8 },
        },
        { kind: 'enum', tag: 'e1', values: [{ name: 'E1_0', value: '18446744073709551615' }], attrs: { packed: true } },
      ],
    };
    expect(printHeader(h)).toBe(
      [
        'enum e0 {',
        '  E0_0 = (-9223372036854775807LL - 1),',
        '  E0_1 = 9223372036854775807,',
        '  E0_2 = -1',
        '} __attribute__((aligned(8)));',
        'enum e1 {',
        '  E1_0 = 18446744073709551615ULL',
        '} __attribute__((packed));',
        '',
      ].join('\n'),
    );
  });

  it('prints a typedef of an untagged struct inline', () => {
    const h: Header = { decls: [{ kind: 'typedef', name: 't0', type: { t: 'record', def: { kind: 'struct', members: [{ name: 'a', type: int, attrs: {} }], attrs: { packed: true } } }, attrs: {} }] };
    expect(printHeader(h)).toBe('typedef struct {\n  int a;\n} __attribute__((packed)) t0;\n');
  });
});
