// The clobber record read byte by byte (observe.ts brokenBytes): a u64 per place and
// parameter, bit j for byte j of the parameter.
import { describe, expect, it } from 'vitest';
import { brokenBytes } from '../../src/oracle/observe.js';

const rows = new Map([['x0', 0], ['v4', 1], ['stack', 2]]);

/** One parameter's record: per row, the bytes its clobber broke. */
function record(broken: Record<string, number[]>): Buffer {
  const b = Buffer.alloc(8 * rows.size);
  for (const [place, row] of rows) {
    let m = 0n;
    for (const j of broken[place] ?? []) m |= 1n << BigInt(Math.min(j, 63));
    b.writeBigUInt64LE(m, 8 * row);
  }
  return b;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

describe('brokenBytes', () => {
  it('counts a place for the bytes its destruction broke only', () => {
    const broke = brokenBytes(record({ x0: [0, 1], stack: range(2, 8) }), rows, 1, 0);
    expect([broke('x0', 0), broke('x0', 2), broke('stack', 2), broke('stack', 0), broke('v4', 0)]).toEqual([true, false, true, false, false]);
  });

  it('reads a byte every destruction broke (one the callee never received) by the places that broke the others', () => {
    // clang 14 -O0 (aarch64 seed 2033 #554): the callee reads bytes 40-47 from a hole its
    // caller left on the stack, whose content changes from run to run; the caller's copies
    // are at stack+48 and, stale, in v4.
    const hole = range(40, 48);
    const broke = brokenBytes(record({ x0: hole, v4: hole, stack: range(0, 48) }), rows, 1, 0);
    expect([broke('stack', 40), broke('v4', 40), broke('x0', 47), broke('stack', 0)]).toEqual([true, false, false, true]);
  });

  it('reads a byte no destruction broke (one the patterns could not change) by the places that broke the others', () => {
    // gcc -O2 on aarch64 (seed 381144 #251): a struct on the stack whose byte 6 holds one bit
    // of a bit-field; both address patterns have 0 there, as had the graffiti, and x1 held
    // the same bit by chance.
    const broke = brokenBytes(record({ stack: [0, 1, 2, 3, 4, 5, 7] }), rows, 1, 0);
    expect([broke('stack', 6), broke('x0', 6), broke('v4', 6), broke('stack', 7)]).toEqual([true, false, false, true]);
  });
});
