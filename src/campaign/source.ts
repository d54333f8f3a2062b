// Where a campaign's prototypes come from: prototype i of seed s is a pure function of
// (s, i, profile), like GCC's struct-layout-1 generator, so any finding can be regenerated
// from its (seed, index) alone and shards never overlap.
import fc from 'fast-check';
import { functionsOf } from '../c/ir.js';
import { headerArb } from '../gen/arbitrary.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { Profile } from '../toolchains/config.js';

export interface Shard { index: number; count: number }

/** 32-bit mix of (seed, index): neighbouring indices get unrelated fast-check seeds. */
function mix(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) | 0;
}

const arbs = new Map<Profile, fc.Arbitrary<PrototypeInput['header']>>();

export function prototypeAt(seed: number, index: number, profile: Profile): PrototypeInput {
  let arb = arbs.get(profile);
  if (!arb) arbs.set(profile, (arb = headerArb({ profile })));
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
