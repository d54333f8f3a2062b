import { describe, expect, it } from 'vitest';
import { decodeBool, decodeTuple, ROUNDS } from '../../src/oracle/graffiti.js';

describe('the stack scrub value (runtime.c SCRUB_VALUE)', () => {
  it('never decodes as graffiti or as a _Bool pattern when a place keeps it every round', () => {
    const constant = new Array<number>(ROUNDS).fill(0xee);
    expect(decodeTuple(constant)).toBe(-1);
    expect(decodeBool(constant)).toBe(-1);
  });
});
