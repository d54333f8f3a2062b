// The JIT phase's shell: emit every trampoline of a batch into one file, run the batch's
// harness over it under qemu (a crash or hang costs one trampoline run, as in the
// oracle), and judge each run. The harness binary is the oracle's: no extra compile.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CallerRecords } from '../../oracle/observe.js';
import type { PrototypePlan } from '../../oracle/plan.js';
import { runAll, type RunOptions } from '../../oracle/run.js';
import { judge, type JitOutcome } from '../check.js';
import { planJit, type JitPrototype, type JitRequest } from '../plan.js';
import { encodeTrampolines, type TrampolineRun } from './blob.js';
import { groupJitRecords, jitKey } from './records.js';

export interface JitBatch {
  plans: PrototypePlan[];
  /** Config ids, in harness order; undefined where the config has no code for a prototype. */
  configs: string[];
  runnable: (proto: number, cfg: number) => boolean;
  groups: Map<string, CallerRecords>;
  run: RunOptions;
}

/** Per prototype index, every (config, variant, mode) outcome. */
export async function runJitPhase(b: JitBatch, req: JitRequest): Promise<Map<number, JitOutcome[]>> {
  const jit = b.plans.map((p) => planJit(p, req));
  const { runs, sharedWith } = distinctRuns(jit);
  const file = join(dirname(b.run.binary), 'trampolines.bin');
  await writeFile(file, encodeTrampolines(runs));
  const { records, crashes } = await runAll(b.run, b.plans.length, ['jit', file]);
  const groups = groupJitRecords(records);
  const out = new Map<number, JitOutcome[]>();
  for (const [k, plan] of b.plans.entries()) {
    const outcomes: JitOutcome[] = [];
    b.configs.forEach((config, cfg) => {
      const group = b.groups.get(`${plan.index}:${cfg}`);
      if (!group || !b.runnable(plan.index, cfg)) return;
      for (const spec of jit[k]!.trampolines) {
        const id = sharedWith.get(`${plan.index}:${spec.id}`) ?? spec.id;
        const crash = crashes.find((c) => c.proto === plan.index && c.caller === cfg && c.callee === id)?.reason;
        outcomes.push(judge(spec, { plan, config, group, records: groups.get(jitKey(plan.index, cfg, id)), crash }));
      }
    });
    out.set(plan.index, outcomes);
  }
  return out;
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
      const key = `${t.result.placement.nslots}:${t.result.words.join(',')}`;
      const first = byCode.get(key);
      if (first !== undefined) {
        sharedWith.set(`${p.proto}:${t.id}`, first);
        continue;
      }
      byCode.set(key, t.id);
      runs.push({ proto: p.proto, id: t.id, nslots: t.result.placement.nslots, words: t.result.words });
    }
  }
  return { runs, sharedWith };
}
