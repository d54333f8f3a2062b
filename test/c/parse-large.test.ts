// Headers far bigger than any test prototype: pasted kernel headers hold 100,000s of
// declarations, so the parser must neither slow down with each one nor recurse per item.
import { describe, expect, it } from 'vitest';
import { functionsOf } from '../../src/c/ir.js';
import { CParseError, parseHeader } from '../../src/c/parse.js';

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

/**
 * A hang guard, not a speed target (that is `npm run bench:parse`): several times what
 * these tests take, while a parser that rescans earlier declarations for each new one
 * needs twice the guard.
 */
const HANG_GUARD_MS = 12_000;

describe('parseHeader on large headers', () => {
  it('reads 30,000 prototypes twice, dropping the repeats, and catches a late conflict', { timeout: HANG_GUARD_MS }, () => {
    const text = lines(30_000, (i) => `int f${i}(long a, struct s${i % 7} *p);`);
    expect(functionsOf(parseHeader(`${text}\n${text}`, 'big.h'))).toHaveLength(30_000);
    expect(() => parseHeader(`${text}\nlong f0(long a, struct s0 *p);`, 'big.h')).toThrow(new CParseError('big.h', 30_001, 6, `conflicting types for 'f0'`));
  });
});
