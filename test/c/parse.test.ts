import { describe, expect, it } from 'vitest';
import type { Decl, Header, Member, Scalar, Type } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';

const sc = (s: Scalar): Type => ({ t: 'scalar', s });
const named = (name: string): Type => ({ t: 'named', name });
const struct = (tag: string): Type => ({ t: 'tagref', kind: 'struct', tag });
const ptr = (to: Type): Type => ({ t: 'ptr', to });
const m = (name: string, type: Type, extra: Partial<Member> = {}): Member => ({ name, type, attrs: {}, ...extra });
const builtin = (name: string, s: Scalar): Decl => ({ kind: 'typedef', name, type: sc(s), attrs: {} });
const parse = (text: string): Header => parseHeader(text, 'in.h');

describe('parseHeader on kernel selftest sources', () => {
  it('keeps the prototype of a function definition and skips its body', () => {
    const text = `
      struct bpf_testmod_struct_arg_2 { long a; long b; };
      noinline int bpf_testmod_test_struct_arg_1(struct bpf_testmod_struct_arg_2 a, int b, int c) { return a.a + a.b + b + c; }
    `;
    expect(parse(text)).toStrictEqual({
      decls: [
        { kind: 'record', def: { kind: 'struct', tag: 'bpf_testmod_struct_arg_2', members: [m('a', sc('long')), m('b', sc('long'))], attrs: {} } },
        {
          kind: 'function',
          name: 'bpf_testmod_test_struct_arg_1',
          ret: sc('int'),
          params: [
            { name: 'a', type: struct('bpf_testmod_struct_arg_2') },
            { name: 'b', type: sc('int') },
            { name: 'c', type: sc('int') },
          ],
        },
      ],
    });
  });

  it('parses a bpf_testmod.c excerpt: u64, flexible arrays, macros at file scope, bodies with strings', () => {
    // Its other includes and its macros removed, as abifuzz asks (see parse-directives.test.ts).
    const text = `
// SPDX-License-Identifier: GPL-2.0
/* Copyright (c) 2020 Facebook */
#include <linux/types.h>

struct bpf_testmod_struct_arg_3 {
	int a;
	int b[];
};

struct bpf_testmod_struct_arg_4 {
	u64 a;
	int b;
};

int bpf_testmod_test_struct_arg_result;

__bpf_hook_start();

noinline int
bpf_testmod_test_struct_arg_6(struct bpf_testmod_struct_arg_3 *a) {
	bpf_testmod_test_struct_arg_result = a->b[0];
	return bpf_testmod_test_struct_arg_result;
}

noinline int
bpf_testmod_test_struct_arg_7(u64 a, void *b, short c, int d, void *e,
			      struct bpf_testmod_struct_arg_4 f)
{
	pr_info("}{ %d", '}');
	return a + (long)b + c + d + (long)e + f.a + f.b;
}

__bpf_kfunc void bpf_kfunc_call_test_mem_len_pass1(void *mem, int mem__sz)
{
}
`;
    expect(parse(text)).toStrictEqual({
      decls: [
        { kind: 'record', def: { kind: 'struct', tag: 'bpf_testmod_struct_arg_3', members: [m('a', sc('int')), m('b', { t: 'array', of: sc('int'), len: null })], attrs: {} } },
        builtin('u64', 'ullong'),
        { kind: 'record', def: { kind: 'struct', tag: 'bpf_testmod_struct_arg_4', members: [m('a', named('u64')), m('b', sc('int'))], attrs: {} } },
        { kind: 'function', name: 'bpf_testmod_test_struct_arg_6', ret: sc('int'), params: [{ name: 'a', type: ptr(struct('bpf_testmod_struct_arg_3')) }] },
        {
          kind: 'function',
          name: 'bpf_testmod_test_struct_arg_7',
          ret: sc('int'),
          params: [
            { name: 'a', type: named('u64') },
            { name: 'b', type: ptr({ t: 'void' }) },
            { name: 'c', type: sc('short') },
            { name: 'd', type: sc('int') },
            { name: 'e', type: ptr({ t: 'void' }) },
            { name: 'f', type: struct('bpf_testmod_struct_arg_4') },
          ],
        },
        { kind: 'function', name: 'bpf_kfunc_call_test_mem_len_pass1', ret: { t: 'void' }, params: [{ name: 'mem', type: ptr({ t: 'void' }) }, { name: 'mem__sz', type: sc('int') }] },
      ],
    });
  });

  it('inserts each well-known typedef once, just before the first declaration using it', () => {
    const text = `
      int f(__int128 a, __u32 b, uint64_t c);
      struct s { s64 x; bool ok; __uint128_t big; size_t n; };
      u64 g(__u32 b, int8_t c);
    `;
    expect(parse(text)).toStrictEqual({
      decls: [
        builtin('__u32', 'uint'),
        builtin('uint64_t', 'ulong'),
        { kind: 'function', name: 'f', ret: sc('int'), params: [{ name: 'a', type: sc('int128') }, { name: 'b', type: named('__u32') }, { name: 'c', type: named('uint64_t') }] },
        builtin('s64', 'llong'),
        builtin('bool', 'bool'),
        builtin('__uint128_t', 'uint128'),
        builtin('size_t', 'ulong'),
        { kind: 'record', def: { kind: 'struct', tag: 's', members: [m('x', named('s64')), m('ok', named('bool')), m('big', named('__uint128_t')), m('n', named('size_t'))], attrs: {} } },
        builtin('u64', 'ullong'),
        builtin('int8_t', 'schar'),
        { kind: 'function', name: 'g', ret: named('u64'), params: [{ name: 'b', type: named('__u32') }, { name: 'c', type: named('int8_t') }] },
      ],
    });
  });

  it('does not insert a typedef the header declares itself', () => {
    const h = parse('typedef unsigned long long u64;\nvoid f(u64 x);');
    expect(h.decls).toStrictEqual([
      { kind: 'typedef', name: 'u64', type: sc('ullong'), attrs: {} },
      { kind: 'function', name: 'f', ret: { t: 'void' }, params: [{ name: 'x', type: named('u64') }] },
    ]);
  });
});

describe('parseHeader on type spellings', () => {
  const typeOf = (spelling: string): Type => {
    const h = parse(`void f(${spelling} x);`);
    const fn = h.decls.at(-1)!;
    if (fn.kind !== 'function') throw new Error('no function');
    return fn.params[0]!.type;
  };

  it.each([
    ['unsigned', 'uint'], ['signed', 'int'], ['long unsigned int', 'ulong'], ['long long int', 'llong'],
    ['unsigned long long', 'ullong'], ['long int long unsigned', 'ullong'], ['signed char', 'schar'], ['char', 'char'],
    ['unsigned char', 'uchar'], ['short int', 'short'], ['unsigned short', 'ushort'], ['__int128', 'int128'],
    ['unsigned __int128', 'uint128'], ['__int128 unsigned', 'uint128'], ['_Bool', 'bool'], ['_Complex float', 'cfloat'],
    ['float _Complex', 'cfloat'], ['double _Complex', 'cdouble'], ['long double _Complex', 'cldouble'],
    ['_Complex _Float16', 'cfloat16'], ['long double', 'ldouble'], ['_Float16', 'float16'], ['__bf16', 'bf16'],
    ['const volatile int', 'int'], ['int const', 'int'],
  ] as const)('%s', (spelling, s) => {
    expect(typeOf(spelling)).toStrictEqual(sc(s));
  });

  it('parses _BitInt, pointers to arrays and adjusts array parameters to pointers', () => {
    expect(typeOf('unsigned _BitInt(65)')).toStrictEqual({ t: 'bitint', bits: 65, unsigned: true });
    expect(typeOf('_BitInt(2)')).toStrictEqual({ t: 'bitint', bits: 2, unsigned: false });
    expect(parse('void f(int (*p)[4], int *q[3], long r[], char *const restrict s);').decls[0]).toStrictEqual({
      kind: 'function',
      name: 'f',
      ret: { t: 'void' },
      params: [
        { name: 'p', type: ptr({ t: 'array', of: sc('int'), len: 4 }) },
        { name: 'q', type: ptr(ptr(sc('int'))) },
        { name: 'r', type: ptr(sc('long')) },
        { name: 's', type: ptr(sc('char')) },
      ],
    });
  });

  it('reads a function returning a pointer to an array, and () as no parameters', () => {
    expect(parse('int (*g(void))[4];\nstatic inline int h() { return 0; }').decls).toStrictEqual([
      { kind: 'function', name: 'g', ret: ptr({ t: 'array', of: sc('int'), len: 4 }), params: [] },
      { kind: 'function', name: 'h', ret: sc('int'), params: [] },
    ]);
  });
});

describe('parseHeader on records, enums, typedefs and attributes', () => {
  it('reads every attribute spelling', () => {
    const text = `
      struct a { char c; } __attribute__((packed));
      struct b { char c; } __attribute__((__packed__));
      struct c { char c; } __packed;
      struct __attribute__((aligned(8))) d { char c; };
      struct e { char c; } __aligned(1 << 4);
      struct f { char c; } __attribute__((__aligned__(32), unused));
      typedef int v4si __attribute__((vector_size(16)));
      typedef long al __attribute__((aligned(2)));
      int k(void) __attribute__((section(".text.k"), noinline, warn_unused_result));
    `;
    const rec = (tag: string, attrs: object): Decl => ({ kind: 'record', def: { kind: 'struct', tag, members: [m('c', sc('char'))], attrs } });
    expect(parse(text).decls).toStrictEqual([
      rec('a', { packed: true }),
      rec('b', { packed: true }),
      rec('c', { packed: true }),
      rec('d', { aligned: 8 }),
      rec('e', { aligned: 16 }),
      rec('f', { aligned: 32 }),
      { kind: 'typedef', name: 'v4si', type: sc('int'), attrs: { vectorSize: 16 } },
      { kind: 'typedef', name: 'al', type: sc('long'), attrs: { aligned: 2 } },
      { kind: 'function', name: 'k', ret: sc('int'), params: [] },
    ]);
  });

  it('reads members: bit-fields, _Alignas, member attributes, anonymous members, multiple declarators', () => {
    const text = `
      typedef long t0 __attribute__((aligned(16)));
      enum E { A, B = 5, C, D = -1 } __attribute__((packed));
      struct s {
        int x : 3, y : 4 __attribute__((aligned(8)));
        int : 0;
        t0 : 5;
        enum E e : 4;
        _Alignas(16) char c;
        long a, *b;
        union { int u; float f; };
        struct { int in; } named __attribute__((packed));
      };
    `;
    const h = parse(text);
    expect(h.decls[1]).toStrictEqual({
      kind: 'enum',
      tag: 'E',
      values: [{ name: 'A', value: '0' }, { name: 'B', value: '5' }, { name: 'C', value: '6' }, { name: 'D', value: '-1' }],
      attrs: { packed: true },
    });
    expect(h.decls[2]).toStrictEqual({
      kind: 'record',
      def: {
        kind: 'struct',
        tag: 's',
        attrs: {},
        members: [
          m('x', sc('int'), { bits: 3 }),
          m('y', sc('int'), { bits: 4, attrs: { aligned: 8 } }),
          { type: sc('int'), bits: 0, attrs: {} },
          { type: named('t0'), bits: 5, attrs: {} },
          m('e', { t: 'tagref', kind: 'enum', tag: 'E' }, { bits: 4 }),
          m('c', sc('char'), { alignas: 16 }),
          m('a', sc('long')),
          m('b', ptr(sc('long'))),
          { type: { t: 'record', def: { kind: 'union', members: [m('u', sc('int')), m('f', sc('float'))], attrs: {} } }, attrs: {} },
          m('named', { t: 'record', def: { kind: 'struct', members: [m('in', sc('int'))], attrs: {} } }, { attrs: { packed: true } }),
        ],
      },
    });
  });

  it('hoists tagged definitions out of typedefs and members, and names untagged typedef enums', () => {
    const text = `
      typedef struct outer { struct inner { int i; } in; int n; } outer_t, *outer_p;
      typedef enum { RED, GREEN = 4 } color_t;
      typedef struct { char c; } anon_t, *anon_p;
    `;
    expect(parse(text).decls).toStrictEqual([
      { kind: 'record', def: { kind: 'struct', tag: 'inner', members: [m('i', sc('int'))], attrs: {} } },
      { kind: 'record', def: { kind: 'struct', tag: 'outer', members: [m('in', struct('inner')), m('n', sc('int'))], attrs: {} } },
      { kind: 'typedef', name: 'outer_t', type: struct('outer'), attrs: {} },
      { kind: 'typedef', name: 'outer_p', type: ptr(struct('outer')), attrs: {} },
      { kind: 'enum', tag: 'color_t', values: [{ name: 'RED', value: '0' }, { name: 'GREEN', value: '4' }], attrs: {} },
      { kind: 'typedef', name: 'color_t', type: { t: 'tagref', kind: 'enum', tag: 'color_t' }, attrs: {} },
      { kind: 'typedef', name: 'anon_t', type: { t: 'record', def: { kind: 'struct', members: [m('c', sc('char'))], attrs: {} } }, attrs: {} },
      { kind: 'typedef', name: 'anon_p', type: ptr(named('anon_t')), attrs: {} },
    ]);
  });

  it('evaluates integer constant expressions with enumerators, suffixes and operators', () => {
    const text = `
      enum sz { ONE = 1U, SHIFTED = 1UL << 4, MIXED = (3 | 4) * 2 + 0x10, OCT = 010, NEG = -ONE, BIG = 0xffffffffffffffffULL };
      struct s { char c[SHIFTED - 12]; int bits : MIXED - 20; } __attribute__((aligned(OCT)));
    `;
    const [e, s] = parse(text).decls;
    expect(e).toStrictEqual({
      kind: 'enum',
      tag: 'sz',
      values: [
        { name: 'ONE', value: '1' }, { name: 'SHIFTED', value: '16' }, { name: 'MIXED', value: '30' },
        { name: 'OCT', value: '8' }, { name: 'NEG', value: '-1' }, { name: 'BIG', value: '18446744073709551615' },
      ],
      attrs: {},
    });
    expect(s).toStrictEqual({
      kind: 'record',
      def: { kind: 'struct', tag: 's', members: [m('c', { t: 'array', of: sc('char'), len: 4 }), m('bits', sc('int'), { bits: 10 })], attrs: { aligned: 8 } },
    });
  });
});

describe('parseHeader on #pragma pack and comments', () => {
  it('tracks push/pop/set/reset and records the pack in force for each record', () => {
    const text = `
      #pragma once
      #pragma pack(push, 1)
      struct a { char c; int i; }; // packed to 1
      #pragma pack(push, 4)
      /* a comment
         spanning lines */ struct b { char c; long l; };
      #pragma pack(pop)
      struct c { char c; };
      #pragma pack(pop)
      struct d { char c; };
      #pragma pack(2)
      struct e { char c; };
      #pragma pack()
      struct f { char c; };
    `;
    const packs = parse(text).decls.map((d) => (d.kind === 'record' ? [d.def.tag, d.pack] : []));
    expect(packs).toStrictEqual([['a', 1], ['b', 4], ['c', 1], ['d', undefined], ['e', 2], ['f', undefined]]);
    expect(parse(text).decls[3]).toStrictEqual({ kind: 'record', def: { kind: 'struct', tag: 'd', members: [m('c', sc('char'))], attrs: {} } });
  });

  it('allows pointers to structs it never sees defined, and forward declarations', () => {
    expect(parse('struct sk_buff;\nint f(struct sk_buff *skb, struct sock *sk);').decls).toStrictEqual([
      { kind: 'function', name: 'f', ret: sc('int'), params: [{ name: 'skb', type: ptr(struct('sk_buff')) }, { name: 'sk', type: ptr(struct('sock')) }] },
    ]);
  });

  it('drops a repeated prototype and variables', () => {
    const h = parse('extern int counter;\nint f(int);\nint f(int a) { return a; }\nstatic const int table[2] = { 1, 2 };');
    expect(h.decls).toStrictEqual([{ kind: 'function', name: 'f', ret: sc('int'), params: [{ type: sc('int') }] }]);
  });

  it('drops a prototype repeated within one declaration, keeping the first', () => {
    expect(parse('int f(int a), g(void), f(int b);').decls).toStrictEqual([
      { kind: 'function', name: 'f', ret: sc('int'), params: [{ name: 'a', type: sc('int') }] },
      { kind: 'function', name: 'g', ret: sc('int'), params: [] },
    ]);
  });
});
