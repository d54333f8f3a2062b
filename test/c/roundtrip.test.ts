import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../src/c/parse.js';
import { printHeader } from '../../src/c/print.js';
import { headerArb } from '../../src/gen/arbitrary.js';

describe('parseHeader(printHeader(h))', () => {
  for (const profile of ['user', 'kernel'] as const) {
    it(`is the identity on generated ${profile} headers`, () => {
      fc.assert(
        fc.property(headerArb({ profile }), (h) => {
          const text = printHeader(h);
          expect(parseHeader(text, 'gen.h')).toStrictEqual(h);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('is the identity with deep nesting and many parameters', () => {
    fc.assert(
      fc.property(headerArb({ profile: 'user', maxDepth: 5, maxParams: 20 }), (h) => {
        expect(parseHeader(printHeader(h), 'gen.h')).toStrictEqual(h);
      }),
      { numRuns: 100 },
    );
  });

  it('printing is deterministic and stable under a second round trip', () => {
    fc.assert(
      fc.property(headerArb({ profile: 'user' }), (h) => {
        const text = printHeader(h);
        expect(printHeader(parseHeader(text, 'gen.h'))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('round trips of parser-only forms', () => {
  it('forward-declares structs the header only points to, and reads them back the same', () => {
    const text = 'struct node { struct node *next; struct payload *p; };\nint f(struct sock *sk, const struct node *n, union u *x);\n';
    const h = parseHeader(text, 'in.h');
    const printed = printHeader(h);
    expect(printed).toBe(
      [
        'struct payload;',
        'struct node {',
        '  struct node *next;',
        '  struct payload *p;',
        '};',
        'struct sock;',
        'union u;',
        'int f(struct sock *sk, struct node *n, union u *x);',
        '',
      ].join('\n'),
    );
    expect(parseHeader(printed, 'again.h')).toStrictEqual(h);
  });

  it('keeps leading attributes of an anonymous member apart from its record attributes', () => {
    const text = 'struct s {\n  _Alignas(8) __attribute__((packed)) struct {\n    int a;\n  } __attribute__((aligned(4)));\n};\n';
    const h = parseHeader(text, 'in.h');
    expect(h.decls[0]).toStrictEqual({
      kind: 'record',
      def: {
        kind: 'struct',
        tag: 's',
        attrs: {},
        members: [{ type: { t: 'record', def: { kind: 'struct', members: [{ name: 'a', type: { t: 'scalar', s: 'int' }, attrs: {} }], attrs: { aligned: 4 } } }, attrs: { packed: true }, alignas: 8 }],
      },
    });
    expect(printHeader(h)).toBe(text);
  });
});
