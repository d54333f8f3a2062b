// `npm run bench`, figure 6: what the derived weights (src/gen/weights-tuned.ts) gain over
// the hand-set ones, and what counting coverage costs the fuzz loop.
//  - rule x feature combinations hit at least 10 times in 36,000 user prototypes, about
//    what a 2-minute `fuzz --profile user` campaign checks at 300 prototypes/s (the pure
//    generator and the model: no compilers), with each table; the median of three seeds;
//  - the CPU time per prototype of a traced prediction plus coverage counting beyond the
//    untraced prediction the loop made before, against the loop's 3.3 ms per prototype.
import { Coverage } from '../src/campaign/coverage.js';
import { prototypeAt } from '../src/campaign/source.js';
import { modelView } from '../src/model/view.js';
import { DEFAULT_TARGET } from '../src/targets/index.js';
import { CAMPAIGN_PROTOTYPES, combinationsCovered, ENOUGH, median } from './coverage-measure.js';

const SEEDS = [1, 2, 3];
const LOOP_RATE = 300;

function cpuPerPrototype(pool: ReturnType<typeof prototypeAt>[], f: (p: ReturnType<typeof prototypeAt>) => void): number {
  const t = process.cpuUsage();
  for (const p of pool) f(p);
  const u = process.cpuUsage(t);
  return (u.user + u.system) / pool.length;
}

function cost(): { plain: number; covered: number } {
  const T = DEFAULT_TARGET;
  const pool = Array.from({ length: 10_000 }, (_, i) => prototypeAt(20261122, i, 'user'));
  const coverage = Coverage.forProfile('user');
  const plain: number[] = [];
  const covered: number[] = [];
  for (let trial = 0; trial < 5; trial++) {
    plain.push(cpuPerPrototype(pool, (p) => modelView(p, T)));
    covered.push(cpuPerPrototype(pool, (p) => coverage.add(p, modelView(p, T, true).prediction, T.rules)));
  }
  return { plain: median(plain), covered: median(covered) };
}

const tuned = combinationsCovered('user', 'tuned', SEEDS);
const base = combinationsCovered('user', 'base', SEEDS);
const gain = (100 * (median(tuned.covered) - median(base.covered))) / median(base.covered);
console.log(`6. coverage: rule x feature combinations hit >= ${ENOUGH} times in ${CAMPAIGN_PROTOTYPES} user prototypes (a 2-minute campaign at ${LOOP_RATE}/s; generator + model): ${median(tuned.covered)} with the derived weights, ${median(base.covered)} with the hand-set ones (${gain >= 0 ? '+' : ''}${gain.toFixed(0)}%; seeds ${SEEDS.join(', ')}: ${tuned.covered.join('/')} vs ${base.covered.join('/')}); ${tuned.chars.toFixed(0)} vs ${base.chars.toFixed(0)} chars of C a prototype`);
const c = cost();
const extra = c.covered - c.plain;
console.log(`   counting it: ${c.covered.toFixed(0)} us of CPU per prototype for a traced prediction and its coverage, against ${c.plain.toFixed(0)} us for the untraced prediction: +${extra.toFixed(0)} us = ${((100 * extra * LOOP_RATE) / 1e6).toFixed(1)}% of the fuzz loop at ${LOOP_RATE} prototypes/s`);
