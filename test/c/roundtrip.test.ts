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
