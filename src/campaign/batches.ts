// Observes prototypes batch by batch, compiling the next batches while batch k runs in
// the emulator, so both cores stay busy: the oracle, then (when asked) the JIT stage on
// what it observed. The consumer handles each batch before the next one is awaited.
import type { JitOutcome } from '../data/jit-outcome.js';
import { runJitStage, withJitHarness } from '../jit/harness/run.js';
import type { JitRequest } from '../jit/plan.js';
import { buildBatch, runBatch, type BuiltBatch, type OracleOptions } from '../oracle/oracle.js';
import type { PrototypeObservation } from '../data/observation.js';
import type { PrototypeInput } from '../data/prototype.js';

export interface ObservedBatch {
  inputs: PrototypeInput[];
  observations: PrototypeObservation[];
  /** With a JIT request: per prototype, every trampoline outcome. */
  jit: JitOutcome[][] | undefined;
}

interface Pending { inputs: PrototypeInput[]; built: Promise<BuiltBatch> }

/**
 * Batches being built while one runs. With one, a batch's compile (gcc's translation unit
 * takes longer than clang's) was the pipeline's critical path and a core idled at the end
 * of every compile; with two, the next batch's compiles fill it (1,500 prototypes: 5.9 s
 * -> 5.5 s). A third gained nothing.
 */
const AHEAD = 2;

/**
 * `next()` gives the next batch's prototypes, or an empty list when the campaign is over;
 * `open()` says whether a batch compiled ahead is still wanted when its turn comes (a
 * timed campaign must not run, and minimize the findings of, a batch begun before its end).
 * The first batch always runs: a campaign shorter than one compile still checks something.
 */
export async function* observeBatches(next: () => PrototypeInput[], opts: OracleOptions & { jit?: JitRequest }, open: () => boolean = () => true): AsyncGenerator<ObservedBatch> {
  const { jit, ...rest } = opts;
  const oracle = withJitHarness(rest, jit);
  const start = (): Pending | undefined => {
    const inputs = next();
    if (inputs.length === 0) return undefined;
    const built = buildBatch(inputs, oracle);
    built.catch(() => undefined); // awaited later; keep Node from calling it unhandled meanwhile
    return { inputs, built };
  };
  const ahead: Pending[] = [];
  const topUp = (): void => {
    for (let p: Pending | undefined; ahead.length < AHEAD && (p = start()); ) ahead.push(p);
  };
  topUp();
  let first = true;
  for (let pending = ahead.shift(); pending; pending = ahead.shift(), first = false) {
    const built = await pending.built;
    if (!open() && !first) {
      await built.cleanup();
      for (const p of ahead) await (await p.built).cleanup();
      return;
    }
    topUp();
    try {
      const { observations } = await runBatch(built);
      yield { inputs: pending.inputs, observations, jit: jit && (await runJitStage(built, observations, jit)) };
    } finally {
      await built.cleanup();
    }
  }
}
