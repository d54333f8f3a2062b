// Coverage of a generator's prototypes, without compilers: the pure generator and the
// model only (about 15,000 prototypes/s here), counted as a campaign counts it
// (src/campaign/coverage.ts). Shared by bench/coverage-weights.ts, which derives the
// generator's weights, and bench/coverage-bench.ts, which reports what they gain.
import type fc from 'fast-check';
import type { Header } from '../src/c/ir.js';
import { printHeader } from '../src/c/print.js';
import { Coverage, hitsOf, pairsHit, type CoverageSummary } from '../src/campaign/coverage.js';
import { prototypeOf } from '../src/campaign/source.js';
import { headerArb } from '../src/gen/arbitrary.js';
import type { Point, WeightSet, Weights } from '../src/gen/weights.js';
import { modelView } from '../src/model/view.js';
import { DEFAULT_TARGET } from '../src/targets/index.js';
import type { Profile } from '../src/toolchains/config.js';

/** About what a 2-minute `fuzz --profile user` campaign checks: 300 prototypes/s x 120 s. */
export const CAMPAIGN_PROTOTYPES = 36_000;
/** A combination counts as covered from this many prototypes on. */
export const ENOUGH = 10;

export function generator(profile: Profile, weights: WeightSet | Weights, onChoice?: (point: Point, option: string) => void): fc.Arbitrary<Header> {
  return headerArb({ profile, weights, ...(onChoice ? { onChoice } : {}) });
}

/**
 * Coverage of prototypes 0..n-1 of `seed`, and their mean size as printed C: what the
 * compilers read, the cost of a prototype in the fuzz loop.
 */
export function coverageOf(profile: Profile, weights: WeightSet | Weights, seed: number, n = CAMPAIGN_PROTOTYPES): { coverage: CoverageSummary; chars: number } {
  const arb = generator(profile, weights);
  const c = Coverage.forProfile(profile);
  const T = DEFAULT_TARGET;
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const p = prototypeOf(arb, seed, i);
    c.add(p, modelView(p, T, true).prediction, T.rules);
    chars += printHeader(p.header).length;
  }
  return { coverage: c.summary(), chars: chars / n };
}

/** Rule x feature combinations hit at least ENOUGH times in a campaign's worth of prototypes, per seed; and the prototypes' mean size. */
export function combinationsCovered(profile: Profile, weights: WeightSet | Weights, seeds: readonly number[]): { covered: number[]; chars: number } {
  const runs = seeds.map((s) => coverageOf(profile, weights, s));
  return { covered: runs.map((r) => pairsHit(r.coverage, ENOUGH)), chars: runs.reduce((a, r) => a + r.chars, 0) / runs.length };
}

/** Per prototype: the choices its generation made (`point:option`), the pairs it hit, its size as printed C. */
export interface Sampled {
  choices: Set<string>;
  pairs: Set<string>;
  chars: number;
}

export function sample(profile: Profile, weights: Weights, seed: number, n: number): Sampled[] {
  let choices = new Set<string>();
  const arb = generator(profile, weights, (point, option) => choices.add(`${point}:${option}`));
  const T = DEFAULT_TARGET;
  const out: Sampled[] = [];
  for (let i = 0; i < n; i++) {
    choices = new Set();
    const p = prototypeOf(arb, seed, i);
    const hits = hitsOf(p, modelView(p, T, true).prediction, T.rules, { features: new Set(), rules: new Set(), pairs: new Set() });
    out.push({ choices, pairs: hits.pairs, chars: printHeader(p.header).length });
  }
  return out;
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
