import { describe, expect, it } from 'vitest';
import { printHeader } from '../../src/c/print.js';
import { parseShard, prototypeAt, shardIndices } from '../../src/campaign/source.js';

const take = <T>(g: Generator<T>, n: number): T[] => Array.from({ length: n }, () => g.next().value as T);
const text = (seed: number, i: number) => printHeader(prototypeAt(seed, i, 'kernel').header);

describe('campaign source', () => {
  it('regenerates any prototype from (seed, index) alone', () => {
    const sequence = Array.from({ length: 30 }, (_, i) => text(7, i));
    expect(text(7, 17)).toBe(sequence[17]);
    expect(new Set(sequence).size).toBeGreaterThan(25); // indices are not copies of each other
    expect(text(8, 17)).not.toBe(sequence[17]);
  });

  it('gives other seeds other prototypes, not the same ones in another order', () => {
    const run = (seed: number): Set<string> => new Set(Array.from({ length: 256 }, (_, i) => text(seed, i)));
    const one = run(1);
    for (const seed of [0, 2, 3, 1 + 256, 1 ^ (1 << 31)]) {
      const shared = [...run(seed)].filter((t) => one.has(t)).length;
      expect(shared, `seed ${seed}`).toBeLessThan(26); // small prototypes repeat by chance
    }
  });

  it('splits a run into shards that together give exactly the unsharded prototypes', () => {
    const runs = 40;
    const whole = take(shardIndices({ index: 0, count: 1 }), runs).map((i) => text(3, i));
    const shards = [0, 1].map((k) => take(shardIndices({ index: k, count: 2 }), runs / 2).map((i) => ({ i, h: text(3, i) })));
    const merged = [...shards[0]!, ...shards[1]!].sort((a, b) => a.i - b.i).map((x) => x.h);
    expect(merged).toEqual(whole);
    expect(shards[0]!.map((x) => x.i).filter((i) => shards[1]!.some((y) => y.i === i))).toEqual([]);
  });

  it('resumes a shard from any index', () => {
    expect(take(shardIndices({ index: 1, count: 3 }, 10), 3)).toEqual([10, 13, 16]);
    expect(take(shardIndices({ index: 2, count: 3 }, 10), 2)).toEqual([11, 14]);
  });

  it('parses i/n', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard('4/4')).toBeUndefined();
    expect(parseShard('x')).toBeUndefined();
  });
});
