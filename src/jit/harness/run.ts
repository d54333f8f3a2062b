// The JIT stage's shell: after the oracle has observed a batch, emit every trampoline of
// the batch into one file, run the batch's harness (linked with this stage's C half,
// the target's) over it under qemu (a crash or hang costs one trampoline run, as in the
// oracle), and judge each run against the oracle's observations.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { JitOutcome } from '../../data/jit-outcome.js';
import type { PrototypeObservation } from '../../data/observation.js';
import type { PrototypeInput } from '../../data/prototype.js';
import { runBatch, withBatch, type BuiltBatch, type OracleOptions, type OracleResult } from '../../oracle/oracle.js';
import { runAll } from '../../oracle/run.js';
import { judge } from '../check.js';
import { planJit, prepareVariants, type JitPrototype, type JitRequest } from '../plan.js';
import { encodeTrampolines, type TrampolineRun } from './blob.js';
import { groupJitRecords, jitKey } from './records.js';

/** Per prototype of the batch (in batch order), every (config, variant, mode) outcome. */
export async function runJitStage(b: BuiltBatch, observations: PrototypeObservation[], req: JitRequest): Promise<JitOutcome[][]> {
  const target = b.configs[0]!.target.jit;
  await prepareVariants(b.plans, req);
  const jit = b.plans.map((p) => planJit(p, req, target));
  const { runs, sharedWith } = distinctRuns(jit);
  const file = join(dirname(b.binary), 'trampolines.bin');
  await writeFile(file, encodeTrampolines(runs, target.codeMax));
  const { records, crashes } = await runAll({ emulator: b.emulator, binary: b.binary, timeoutMs: b.timeoutMs }, b.plans.length, ['jit', file]);
  const groups = groupJitRecords(records);
  return b.plans.map((plan, k) => {
    const outcomes: JitOutcome[] = [];
    observations[k]!.configs.forEach((obs, cfg) => {
      if (obs.status !== 'ok') return;
      for (const spec of jit[k]!.trampolines) {
        const id = sharedWith.get(`${plan.index}:${spec.id}`) ?? spec.id;
        const crash = crashes.find((c) => c.proto === plan.index && c.caller === cfg && c.callee === id)?.reason;
        outcomes.push(judge(spec, { plan, config: obs.config, shapes: obs.shapes, calleeSaved: target.calleeSaved, records: groups.get(jitKey(plan.index, cfg, id)), crash }));
      }
    });
    return outcomes;
  });
}

export interface CheckedBatch extends OracleResult {
  /** With a JIT request: per prototype, every trampoline outcome. */
  jit: JitOutcome[][] | undefined;
}

/** The oracle on a batch, then, when asked, the JIT stage on what it observed. */
export async function runOracleAndJit(inputs: PrototypeInput[], opts: OracleOptions & { jit?: JitRequest }): Promise<CheckedBatch> {
  const { jit, ...oracle } = opts;
  return withBatch(inputs, withJitHarness(oracle, jit), async (batch) => {
    const result = await runBatch(batch);
    return { ...result, jit: jit && (await runJitStage(batch, result.observations, jit)) };
  });
}

/** The oracle's options, with the JIT's half of the harness linked in when a JIT mode is asked for. */
export function withJitHarness(o: OracleOptions, jit: JitRequest | undefined): OracleOptions {
  return jit ? { ...o, parts: [...(o.parts ?? []), o.configs[0]!.target.jit.harness] } : o;
}

/**
 * Variants often emit the very same code for a prototype (everything in registers, say):
 * each distinct trampoline runs once and the others share its records.
 */
function distinctRuns(jit: JitPrototype[]): { runs: TrampolineRun[]; sharedWith: Map<string, number> } {
  const runs: TrampolineRun[] = [];
  const sharedWith = new Map<string, number>();
  for (const p of jit) {
    const byCode = new Map<string, number>();
    for (const t of p.trampolines) {
      if (!t.result.ok) continue;
      // The programs record every slot either side counts (a trampoline may store fewer than they read).
      const nslots = Math.max(t.result.placement.nslots, t.view.nslots);
      const key = `${nslots}:${t.result.words.join(',')}`;
      const first = byCode.get(key);
      if (first !== undefined) {
        sharedWith.set(`${p.proto}:${t.id}`, first);
        continue;
      }
      byCode.set(key, t.id);
      runs.push({ proto: p.proto, id: t.id, nslots, words: t.result.words });
    }
  }
  return { runs, sharedWith };
}
