// The JIT stage's shell: after the oracle has observed a batch, emit every trampoline of
// the batch into one file, run the batch's harness (linked with this stage's C half,
// the target's) over it under qemu (a crash or hang costs one trampoline run, as in the
// oracle), and judge each run against the oracle's observations. kfunc call paths run in
// a second pass of their own, each config's callee called with the BPF-side slots its
// caller's values make.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { JitOutcome } from '../../data/jit-outcome.js';
import type { PrototypeObservation } from '../../data/observation.js';
import type { PrototypeInput } from '../../data/prototype.js';
import { runBatch, withBatch, type BuiltBatch, type OracleOptions, type OracleResult } from '../../oracle/oracle.js';
import { runAll } from '../../oracle/run.js';
import { judge, judgeKfunc, type RunFacts } from '../check.js';
import { planJit, prepareVariants, type JitPrototype, type JitRequest, type TrampolineSpec } from '../plan.js';
import { encodeTrampolines } from './blob.js';
import { encodeKfuncRuns, slotBytes, type KfuncRun } from './kfunc-blob.js';
import { expectedBytes, poolBases } from '../../oracle/observe.js';
import type { Placement } from '../../bpf/placement.js';
import { jitOf, type TargetJit } from '../../targets/target.js';
import { groupJitRecords, jitKey } from './records.js';

/** Per prototype of the batch (in batch order), every (config, variant, mode) outcome. */
export async function runJitStage(b: BuiltBatch, observations: PrototypeObservation[], req: JitRequest): Promise<JitOutcome[][]> {
  const target = jitOf(b.configs[0]!.target);
  await prepareVariants(b.plans, req);
  const jit = b.plans.map((p) => planJit(p, req, b.configs[0]!.target));
  const trampolines = await runTrampolines(b, jit, target);
  const kfuncs = await runKfuncs(b, jit, observations, target);
  return b.plans.map((plan, k) => {
    const outcomes: JitOutcome[] = [];
    observations[k]!.configs.forEach((obs, cfg) => {
      if (obs.status !== 'ok') return;
      for (const spec of jit[k]!.trampolines) {
        const facts = { plan, config: obs.config, shapes: obs.shapes, calleeSaved: target.calleeSaved, ...(spec.mode.kfunc ? kfuncs : trampolines)(plan.index, cfg, spec.id) };
        outcomes.push(spec.mode.kfunc ? judgeKfunc(spec, facts) : judge(spec, facts));
      }
    });
    return outcomes;
  });
}

/** What one pass of the harness recorded for a (prototype, config, run id). */
type PassRecords = (proto: number, cfg: number, id: number) => Pick<RunFacts, 'records' | 'crash'>;

const NOTHING_RAN: PassRecords = () => ({ records: undefined, crash: undefined });

/** Runs one harness mode over a file and hands out each run's records; nothing to run starts no emulator. */
async function runPass(b: BuiltBatch, mode: 'jit' | 'kfunc', contents: Buffer | undefined, sharedWith: Map<string, number>): Promise<PassRecords> {
  if (!contents) return NOTHING_RAN;
  const file = join(dirname(b.binary), `${mode}-runs.bin`);
  await writeFile(file, contents);
  const { records, crashes } = await runAll({ emulator: b.emulator, binary: b.binary, timeoutMs: b.timeoutMs }, b.plans.length, [mode, file]);
  const groups = groupJitRecords(records);
  return (proto, cfg, id) => {
    const run = sharedWith.get(`${proto}:${id}`) ?? id;
    return { records: groups.get(jitKey(proto, cfg, run)), crash: crashes.find((c) => c.proto === proto && c.caller === cfg && c.callee === run)?.reason };
  };
}

function runTrampolines(b: BuiltBatch, jit: JitPrototype[], target: TargetJit): Promise<PassRecords> {
  // The programs record every slot either side counts (a trampoline may store fewer than they read).
  const { runs, sharedWith } = distinctRuns(jit, (t) => !t.mode.kfunc, (t, placement) => Math.max(placement.nslots, t.view.nslots));
  const built = runs.map((r) => ({ proto: r.proto, id: r.spec.id, nslots: r.slots, words: r.words }));
  return runPass(b, 'jit', built.length > 0 ? encodeTrampolines(built, target.codeMax) : undefined, sharedWith);
}

/** Each kfunc call path once per prototype, with every config's BPF-side slots: the bytes its caller would pass. */
function runKfuncs(b: BuiltBatch, jit: JitPrototype[], observations: PrototypeObservation[], target: TargetJit): Promise<PassRecords> {
  const { runs, sharedWith } = distinctRuns(jit, (t) => t.mode.kfunc === true, (t) => t.kfunc!.call.nslots);
  const index = new Map(b.plans.map((p, k) => [p.index, k]));
  const built = runs.map(({ proto, spec, words }): KfuncRun => {
    const slots = observations[index.get(proto)!]!.configs.flatMap((obs, cfg) => {
      if (obs.status !== 'ok') return [];
      const bases = poolBases(obs.shapes);
      return [{ cfg, bytes: slotBytes(spec.kfunc!.call, spec.kfunc!.call.args.map((_, i) => expectedBytes(obs.shapes[i]!, bases[i]!))) }];
    });
    return { proto, id: spec.id, words, bpfToBpfAt: spec.kfunc!.bpfToBpfAt, slots };
  });
  return runPass(b, 'kfunc', built.length > 0 ? encodeKfuncRuns(built, target.codeMax) : undefined, sharedWith);
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
  return jit ? { ...o, parts: [...(o.parts ?? []), jitOf(o.configs[0]!.target).harness] } : o;
}

/**
 * Variants often emit the very same code for a prototype (everything in registers, say):
 * each distinct run of those `takes` picks runs once and the others share its records.
 */
function distinctRuns(jit: JitPrototype[], takes: (t: TrampolineSpec) => boolean, slotsOf: (t: TrampolineSpec, p: Placement) => number) {
  const runs: { proto: number; spec: TrampolineSpec; slots: number; words: Uint32Array }[] = [];
  const sharedWith = new Map<string, number>();
  for (const p of jit) {
    const byCode = new Map<string, number>();
    for (const t of p.trampolines) {
      if (!t.result.ok || !takes(t)) continue;
      const slots = slotsOf(t, t.result.placement);
      const key = `${slots}:${t.result.words.join(',')}`;
      const first = byCode.get(key);
      if (first !== undefined) {
        sharedWith.set(`${p.proto}:${t.id}`, first);
        continue;
      }
      byCode.set(key, t.id);
      runs.push({ proto: p.proto, spec: t, slots, words: t.result.words });
    }
  }
  return { runs, sharedWith };
}
