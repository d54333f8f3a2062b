// Minimizes one finding of a campaign. The search runs with one representative config per
// compiler and side of the finding (2-3 compiles a round instead of one per configured
// config) and keeps the finding's bucket as seen by those configs; the result is then
// checked once with every config, and the finding of the same bucket it shows there is
// what gets written.
import { compilerOf, compilerPairs, type SignedFinding } from '../diff/signature.js';
import { MODEL } from '../model/view.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { Config } from '../toolchains/config.js';
import { minimize } from './minimize.js';
import { findingsOf, oracleKeeps } from './oracle-keeps.js';
import { sizeOf } from './size.js';
import type { JitRequest } from '../jit/plan.js';
import type { Dialect } from '../targets/target.js';

export interface MinimizedFinding {
  input: PrototypeInput;
  finding: SignedFinding;
  /** Every finding the minimized prototype shows with all configs (its replay verdict). */
  all: SignedFinding[];
  rounds: number;
  seconds: number;
  size: { before: number; after: number };
}

/**
 * One config per compiler from each side of the finding: enough to see it, few enough to
 * be quick. Per compiler, not per side: where every compiler stands against the model, one
 * config alone could not tell that finding from one where the others side with the model.
 * Caller-callee findings keep both ends of one pair per pair of compilers they name.
 */
export function representatives(f: SignedFinding): string[] {
  if (f.pairs) return pairRepresentatives(f.pairs);
  const sides = f.groups?.map((g) => g.configs) ?? [f.configs];
  const picks = sides.flatMap((side) => {
    const configs = side.filter((c) => c !== MODEL);
    return configs.filter((c, i) => configs.findIndex((d) => compilerOf(d) === compilerOf(c)) === i);
  });
  return [...new Set(picks)];
}

function pairRepresentatives(pairs: [string, string][]): string[] {
  const covered = new Set<string>();
  const picks: string[] = [];
  for (const pair of pairs) {
    const key = compilerPairs([pair]);
    if (covered.has(key)) continue;
    covered.add(key);
    picks.push(...pair);
  }
  return [...new Set(picks)];
}

/** The same kind of finding about the same kind of value, told apart by the same configs. */
function sameAs(f: SignedFinding, reps: string[]): (g: SignedFinding) => boolean {
  const split = (x: SignedFinding): string => {
    if (x.pairs) return compilerPairs(x.pairs.filter((pair) => pair.every((c) => reps.includes(c))));
    const sides = x.groups?.map((g) => g.configs) ?? [x.configs];
    return sides.map((side) => side.filter((c) => reps.includes(c) || c === MODEL).sort().join('+')).filter(Boolean).sort().join(' vs ');
  };
  const [kind, value] = f.bucket.split('|');
  const target = split(f);
  return (g) => g.kind === kind && g.variant === f.variant && g.bucket.split('|')[1] === value && split(g) === target;
}

/** How a search is bounded and what it runs besides the compilers. */
export interface MinimizeFindingOptions {
  maxRounds?: number;
  /** The campaign's trampoline request; the search runs only the finding's own variant. */
  jit?: JitRequest;
  /** Start no round after this time (ms since the epoch). */
  until?: number;
  /**
   * Config -> dialect: shrink only to prototypes where no dialect explains the finding (a
   * campaign writes only unexplained findings; without it the search may drift to an
   * instance a known deviation shows with the same config split).
   */
  unexplainedBy?: ReadonlyMap<string, Dialect>;
}

export async function minimizeFinding(f: SignedFinding, input: PrototypeInput, configs: Config[], { maxRounds = 25, jit, until, unexplainedBy }: MinimizeFindingOptions = {}): Promise<MinimizedFinding> {
  const started = Date.now();
  const reps = representatives(f);
  const repConfigs = configs.filter((c) => reps.includes(c.id));
  const own = jit && f.variant !== undefined ? { ...jit, variants: jit.variants.filter((v) => v.name === f.variant) } : undefined;
  const { result, rounds } = await minimize(input, oracleKeeps(sameAs(f, reps), repConfigs, { jit: own, unexplainedBy }), { maxRounds, until });
  const [full] = await findingsOf([result], configs, { jit, unexplainedBy });
  // With every config the bucket itself can be checked, split and all. A config outside the
  // representatives may have joined a side: gcc, say, which could not compile a dropped
  // `_BitInt` parameter, now agrees with the model. The finding is then the one the
  // representatives kept, with a more complete split.
  const finding = full?.find((g) => g.bucket === f.bucket) ?? full?.find(sameAs(f, reps));
  const seconds = (Date.now() - started) / 1000;
  // Should the full run not show it (a flaky emulator run), keep the original as found.
  if (!finding) return { input, finding: f, all: [f], rounds, seconds, size: { before: sizeOf(input), after: sizeOf(input) } };
  return { input: result, finding, all: full!, rounds, seconds, size: { before: sizeOf(input), after: sizeOf(result) } };
}
