// Where a campaign's prototypes come from: prototype i of seed s is a pure function of
// (s, i, profile), like GCC's struct-layout-1 generator, so any finding can be regenerated
// from its (seed, index) alone and shards never overlap.
import fc from 'fast-check';
import { functionsOf } from '../c/ir.js';
import { headerArb } from '../gen/arbitrary.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { Profile } from '../toolchains/config.js';

export interface Shard { index: number; count: number }

/** murmur3's finalizer: a bijection of 32-bit integers that mixes every bit into every other. */
function fmix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The fast-check seed of (seed, index): distinct for distinct indices of one seed, and
 * unrelated from one seed to the next. (Mixing `seed ^ index` gave seeds 1, 2 and 3 the
 * same prototypes in another order, as it did any seeds differing in low bits.)
 */
function mix(seed: number, index: number): number {
  return fmix((fmix(seed ^ 0x9e3779b9) + Math.imul(index, 0x9e3779b1)) >>> 0) | 0;
}

const arbs = new Map<Profile, fc.Arbitrary<PrototypeInput['header']>>();

export function prototypeAt(seed: number, index: number, profile: Profile): PrototypeInput {
  let arb = arbs.get(profile);
  if (!arb) arbs.set(profile, (arb = headerArb({ profile })));
  return prototypeOf(arb, seed, index);
}

/** Prototype i of seed s of another generator (other weights: bench/coverage-weights.ts). */
export function prototypeOf(arb: fc.Arbitrary<PrototypeInput['header']>, seed: number, index: number): PrototypeInput {
  const [header] = fc.sample(arb, { seed: mix(seed, index), numRuns: 1 });
  return { origin: `seed ${seed} #${index}`, header: header!, fn: functionsOf(header!)[0]! };
}

/** The indices a shard owns, in order, from `from` on: i ≡ shard.index (mod shard.count). */
export function* shardIndices(shard: Shard, from = 0): Generator<number> {
  const first = from + ((shard.index - (from % shard.count) + shard.count) % shard.count);
  for (let i = first; ; i += shard.count) yield i;
}

export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const shard = { index: Number(m[1]), count: Number(m[2]) };
  return shard.count > 0 && shard.index < shard.count ? shard : undefined;
}
