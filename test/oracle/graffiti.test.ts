import { describe, expect, it } from 'vitest';
import { BOOL_SLOTS, boolByte, decodeBool, decodeTuple, poolByte, ROUNDS } from '../../src/oracle/graffiti.js';

const tupleOf = (k: number): number[] => Array.from({ length: ROUNDS }, (_, r) => poolByte(r, k));

describe('graffiti', () => {
  it('decodes every pool index of a large pool back to itself', () => {
    for (let k = 0; k < 70_000; k++) expect(decodeTuple(tupleOf(k))).toBe(k);
  });

  it('never uses 0 or 1, which are kept for _Bool bytes', () => {
    for (let k = 0; k < 5_000; k++) for (const v of tupleOf(k)) expect(v).toBeGreaterThanOrEqual(2);
  });

  it('rejects almost every tuple that is not graffiti (the check digit)', () => {
    let accepted = 0;
    let seed = 12345;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) & 0xff;
    for (let i = 0; i < 100_000; i++) if (decodeTuple([rnd(), rnd(), rnd(), rnd()]) >= 0) accepted++;
    // A uniform random tuple passes the check digit with probability about 1/256.
    expect(accepted).toBeLessThan(600);
  });

  it('gives each _Bool slot a distinct non-constant 0/1 pattern', () => {
    const patterns = new Set<string>();
    for (let s = 0; s < BOOL_SLOTS; s++) {
      const t = Array.from({ length: ROUNDS }, (_, r) => boolByte(r, s));
      expect(decodeBool(t)).toBe(s);
      patterns.add(t.join(''));
    }
    expect(patterns.size).toBe(BOOL_SLOTS);
    expect(decodeBool([0, 0, 0, 0])).toBe(-1);
    expect(decodeBool([1, 1, 1, 1])).toBe(-1);
  });
});
