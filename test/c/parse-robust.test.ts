// Whatever a user pastes, parseHeader either returns a header or throws a CParseError:
// never a crash, an endless loop or a different exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CParseError, parseHeader } from '../../src/c/parse.js';
import { printHeader } from '../../src/c/print.js';
import { headerArb } from '../../src/gen/arbitrary.js';

const mutated = fc
  .tuple(headerArb({ profile: 'user', maxDepth: 2 }), fc.nat(), fc.nat({ max: 12 }), fc.string({ maxLength: 3 }))
  .map(([h, at, cut, insert]) => {
    const text = printHeader(h);
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + cut);
  });

describe('parseHeader on damaged input', () => {
  it('returns a header or throws a CParseError', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        try {
          parseHeader(text, 'damaged.h');
        } catch (e) {
          expect(e).toBeInstanceOf(CParseError);
          expect((e as CParseError).message).toMatch(/^damaged\.h:\d+:\d+: \S/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
