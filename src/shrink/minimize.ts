// Greedy delta debugging over candidates.ts: each round asks `keeps` about every candidate
// of the current prototype in one batch (the oracle compiles a batch once per config, so a
// round costs one compile per config however many candidates it holds), moves to the first
// candidate that keeps the finding, and stops when none does. The result is then 1-minimal
// with respect to `candidates`.
import { printHeader } from '../c/print.js';
import type { PrototypeInput } from '../data/prototype.js';
import { candidates, tidy } from './candidates.js';

/** For each prototype of the batch, whether it still shows the finding being minimized. */
export type Keeps = (batch: PrototypeInput[]) => Promise<boolean[]>;

export interface MinimizeOptions {
  /** Stop after this many rounds even if not 1-minimal yet (default: unbounded). */
  maxRounds?: number;
  /** Start no round after this time (ms since the epoch): a campaign's minimization budget. */
  until?: number;
  /** Called after each round, for progress reports. */
  onRound?: (round: RoundReport) => void;
}

export interface RoundReport {
  round: number;
  candidates: number;
  /** The prototype moved to, or undefined when no candidate kept the finding. */
  accepted: PrototypeInput | undefined;
}

export interface MinimizeResult {
  result: PrototypeInput;
  rounds: number;
  evaluated: number;
}

export async function minimize(input: PrototypeInput, keeps: Keeps, opts: MinimizeOptions = {}): Promise<MinimizeResult> {
  let current = tidy(input);
  // Candidates shrink strictly except the one rename, which cannot repeat; this set makes
  // a cycle impossible even if a step ever broke that rule.
  const visited = new Set([printHeader(current.header)]);
  let rounds = 0;
  let evaluated = 0;
  while (rounds < (opts.maxRounds ?? Infinity) && (opts.until === undefined || Date.now() < opts.until)) {
    const batch = candidates(current).filter((c) => !visited.has(printHeader(c.header)));
    if (batch.length === 0) break;
    rounds++;
    evaluated += batch.length;
    const verdicts = await keeps(batch);
    if (verdicts.length !== batch.length) throw new Error(`keeps answered ${verdicts.length} verdicts for ${batch.length} candidates`);
    const accepted = batch[verdicts.indexOf(true)];
    opts.onRound?.({ round: rounds, candidates: batch.length, accepted });
    if (!accepted) break;
    current = accepted;
    visited.add(printHeader(current.header));
  }
  return { result: current, rounds, evaluated };
}
