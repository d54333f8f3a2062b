// Derives the generator's weights (src/gen/weights-tuned.ts) toward the rule x feature
// combinations the hand-set weights (BASE) reach rarely, and lists the combinations a
// long run reaches (src/campaign/coverage-known.ts, what a campaign's summary reports
// as never hit). Static data, so prototype i of seed s stays a pure function of
// (s, i, profile): nothing is adapted while a campaign runs.
//
//   node dist/bench/coverage-weights.js [--write] [--profile user|kernel]
//
// How, per profile, for ROUNDS rounds from BASE:
//  1. generate a campaign's worth of prototypes (36,000, a 2-minute user campaign at
//     300/s) from a training seed, recording for each the choices that made it and the
//     rule x feature pairs its traced prediction hit;
//  2. give each pair a value: 1 - hits/TARGET, floored at 0 (a pair hit TARGET = 3 x 10
//     times already counts as covered), and each prototype the sum over its pairs;
//  3. for every option of every tuned choice point, compare the value per byte of
//     printed C of the prototypes that took it with that of all the prototypes that took
//     any option of the point, and multiply its weight by that ratio (clamped to
//     [1/2, 2] a round and to [1/4, 8] x its BASE share overall; options seen fewer than
//     MIN_USES times keep theirs). Per byte: the compilers' work grows with the C, and a
//     campaign checks fewer prototypes per second when each is larger;
//  4. score the weights: combinations hit at least 10 times in 36,000 prototypes of
//     held-out seeds 1, 2, 3 (the figure bench/coverage-bench.ts prints); keep the best
//     whose prototypes are on average at most MAX_GROWTH larger than BASE's.
// Only choices of what a type is are tuned, not how many parameters, members or return
// values a prototype has.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Coverage, MODEL_RULES } from '../src/campaign/coverage.js';
import { prototypeOf } from '../src/campaign/source.js';
import { BASE, CHOICES, type Point, type Weights } from '../src/gen/weights.js';
import { TUNED } from '../src/gen/weights-tuned.js';
import { KNOWN_PAIRS } from '../src/campaign/coverage-known.js';
import { modelView } from '../src/model/view.js';
import { DEFAULT_TARGET } from '../src/targets/index.js';
import type { Profile } from '../src/toolchains/config.js';
import { CAMPAIGN_PROTOTYPES, combinationsCovered, ENOUGH, generator, median, sample } from './coverage-measure.js';

const ROUNDS = 6;
const TARGET = 3 * ENOUGH;
const MIN_USES = 50;
const MAX_GROWTH = 1.05;
const EVAL_SEEDS = [1, 2, 3] as const;
const TRAIN_SEED = 1000;
/** Pairs a run of this many prototypes hits at least KNOWN_HITS times are "known". */
const KNOWN_RUN = 150_000;
const KNOWN_HITS = 3;
/** Each point's weights sum to about this once derived. */
const SCALE = 1000;

const TUNED_POINTS: readonly Point[] = ['type', 'scalar', 'typedef', 'vectorSize', 'vectorElement', 'haBase', 'haCount', 'haForm', 'haExtra', 'emptyForm', 'recordKind', 'member', 'pack'];

type Float = Record<Point, Record<string, number>>;

const clone = (w: Weights | Float): Float => Object.fromEntries(Object.entries(w).map(([p, o]) => [p, { ...o }])) as unknown as Float;

/** Integer weights (draws are integers), each tuned point scaled to about SCALE, none below 1. */
function integral(w: Float): Weights {
  const out = clone(w);
  for (const p of TUNED_POINTS) {
    const total = Object.values(w[p]).reduce((a, b) => a + b, 0);
    for (const o of Object.keys(w[p])) out[p][o] = w[p][o]! === 0 ? 0 : Math.max(1, Math.round((w[p][o]! * SCALE) / total));
  }
  return out as Weights;
}

function share(w: Weights | Float, p: Point, o: string): number {
  const ws = w[p] as Record<string, number>;
  return ws[o]! / Object.values(ws).reduce((a, b) => a + b, 0);
}

function round(profile: Profile, w: Float, seed: number): Float {
  const samples = sample(profile, integral(w), seed, CAMPAIGN_PROTOTYPES);
  const hits = new Map<string, number>();
  for (const s of samples) for (const p of s.pairs) hits.set(p, (hits.get(p) ?? 0) + 1);
  const value = (p: string): number => Math.max(0, 1 - hits.get(p)! / TARGET);
  const scored = samples.map((s) => ({ choices: s.choices, chars: s.chars, points: new Set([...s.choices].map((c) => c.slice(0, c.indexOf(':')))), v: [...s.pairs].reduce((a, p) => a + value(p), 0) }));
  const sum = new Map<string, number>();
  const chars = new Map<string, number>();
  const uses = new Map<string, number>();
  for (const s of scored) {
    for (const c of s.choices) {
      sum.set(c, (sum.get(c) ?? 0) + s.v);
      chars.set(c, (chars.get(c) ?? 0) + s.chars);
      uses.set(c, (uses.get(c) ?? 0) + 1);
    }
  }
  const next = clone(w);
  for (const p of TUNED_POINTS) {
    // Value per byte over the prototypes that made this choice at all, by any option.
    const any = scored.filter((s) => s.points.has(p));
    if (any.length === 0) continue;
    const density = any.reduce((a, s) => a + s.v, 0) / any.reduce((a, s) => a + s.chars, 0);
    for (const o of CHOICES[p] as readonly string[]) {
      const key = `${p}:${o}`;
      const n = uses.get(key) ?? 0;
      if (n < MIN_USES || density === 0) continue;
      const ratio = Math.min(2, Math.max(0.5, sum.get(key)! / chars.get(key)! / density));
      next[p][o] = w[p][o]! * ratio;
    }
    // Within [1/4, 8] x the option's BASE share.
    const total = Object.values(next[p]).reduce((a, b) => a + b, 0);
    for (const o of CHOICES[p] as readonly string[]) {
      const base = share(BASE, p, o);
      next[p][o] = Math.min(8 * base, Math.max(base / 4, next[p][o]! / total));
    }
  }
  return next;
}

interface Tuned {
  weights: Weights;
  base: number[];
  best: number[];
  /** Mean printed size of a prototype, BASE's and the kept weights'. */
  chars: [number, number];
}

function tune(profile: Profile): Tuned {
  const base = combinationsCovered(profile, BASE, EVAL_SEEDS);
  console.log(`${profile}: BASE covers ${base.covered.join(', ')} combinations (>= ${ENOUGH} hits in ${CAMPAIGN_PROTOTYPES} prototypes, seeds ${EVAL_SEEDS.join(', ')}), ${base.chars.toFixed(0)} chars a prototype`);
  let w = clone(BASE);
  let best = { weights: BASE, score: base.covered, chars: base.chars };
  for (let r = 1; r <= ROUNDS; r++) {
    w = round(profile, w, TRAIN_SEED + r);
    const weights = integral(w);
    const { covered, chars } = combinationsCovered(profile, weights, EVAL_SEEDS);
    console.log(`${profile}: round ${r}: ${covered.join(', ')}, ${chars.toFixed(0)} chars a prototype`);
    if (median(covered) > median(best.score) && chars <= MAX_GROWTH * base.chars) best = { weights, score: covered, chars };
  }
  return { weights: best.weights, base: base.covered, best: best.score, chars: [base.chars, best.chars] };
}

/** The pairs a long run with `weights` hits at least KNOWN_HITS times, most hit first. */
function knownPairs(profile: Profile, weights: Weights): string[] {
  const arb = generator(profile, weights);
  const c = new Coverage();
  const T = DEFAULT_TARGET;
  for (let i = 0; i < KNOWN_RUN; i++) {
    const p = prototypeOf(arb, TRAIN_SEED, i);
    c.add(p, modelView(p, T, true).prediction, T.rules);
  }
  const pairs = c.summary().rules[MODEL_RULES]!.pairs;
  return Object.entries(pairs).filter(([, n]) => n >= KNOWN_HITS).map(([p]) => p);
}

/** The options whose weight differs from BASE, per point. */
function patch(w: Weights): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const p of TUNED_POINTS) {
    const base = BASE[p] as Record<string, number>;
    const total = Object.values(base).reduce((a, b) => a + b, 0);
    const scaled = Object.values(w[p] as Record<string, number>).reduce((a, b) => a + b, 0);
    // Written whole: a point's weights are relative to each other.
    if (Object.keys(base).some((o) => Math.abs((w[p] as Record<string, number>)[o]! / scaled - base[o]! / total) > 1e-9)) out[p] = { ...(w[p] as Record<string, number>) };
  }
  return out;
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const only = process.argv.includes('--profile') ? [process.argv[process.argv.indexOf('--profile') + 1] as Profile] : (['user', 'kernel'] as const);
  const tuned: Partial<Record<Profile, Tuned>> = {};
  const known: Partial<Record<Profile, string[]>> = {};
  for (const profile of only) {
    tuned[profile] = tune(profile);
    known[profile] = knownPairs(profile, tuned[profile]!.weights);
    const t = tuned[profile]!;
    console.log(`${profile}: kept ${t.best.join(', ')} (BASE ${t.base.join(', ')}), ${t.chars[1].toFixed(0)} chars a prototype (BASE ${t.chars[0].toFixed(0)}); ${known[profile]!.length} combinations known`);
  }
  if (!write) return;
  const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
  const stamp = (p: Profile): string =>
    `${p}: ${median(tuned[p]!.best)} combinations hit >= ${ENOUGH} times in ${CAMPAIGN_PROTOTYPES} prototypes (median of seeds ${EVAL_SEEDS.join(', ')}), BASE ${median(tuned[p]!.base)}; ${tuned[p]!.chars.map((c) => c.toFixed(0)).join(' vs ')} chars of C a prototype`;
  writeFileSync(join(root, 'src', 'gen', 'weights-tuned.ts'), [
    '// Generated by `node dist/bench/coverage-weights.js --write` (bench/coverage-weights.ts says',
    '// how): BASE\'s weights, changed toward the rule x feature combinations BASE reaches',
    '// rarely. Do not edit by hand: rerun the script after changing the generator.',
    ...only.map((p) => `//   ${stamp(p)}`),
    "import type { WeightPatch } from './weights.js';",
    '',
    `export const TUNED: Record<'user' | 'kernel', WeightPatch> = ${JSON.stringify({ ...TUNED, ...Object.fromEntries(only.map((p) => [p, patch(tuned[p]!.weights)])) }, null, 2)};`,
    '',
  ].join('\n'));
  writeFileSync(join(root, 'src', 'campaign', 'coverage-known.ts'), [
    '// Generated by `node dist/bench/coverage-weights.js --write`: the rule x feature',
    `// combinations ${KNOWN_RUN} prototypes of the derived weights hit at least ${KNOWN_HITS} times, most`,
    '// hit first. A campaign lists those it never hit.',
    `export const KNOWN_PAIRS: Record<'user' | 'kernel', readonly string[]> = ${JSON.stringify({ ...KNOWN_PAIRS, ...known }, null, 2)};`,
    '',
  ].join('\n'));
  console.log('wrote src/gen/weights-tuned.ts and src/campaign/coverage-known.ts');
}

await main();
