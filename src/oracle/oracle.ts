// The oracle's shell: build every config's translation unit, link them with the runtime
// and the target's probe into one static binary, run it (under the target's emulator), and hand the records to
// the pure stages. Compilation is the floor of the whole tool, so everything else here is
// one link and one or two emulator runs per batch.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
import { buildConfig, type BuiltConfig } from './build.js';
import { calleeChecks, groupRecords, layoutsOf, locateParams, locateRet, needsPhase2, shapesOf, type CallerRecords } from './observe.js';
import { planPrototype, type PrototypePlan } from './plan.js';
import { runAll, runPhase2, type CallCrash } from './run.js';
import type { Located } from '../data/location.js';
import type { ConfigObservation, PrototypeObservation } from '../data/observation.js';
import type { PrototypeInput } from '../data/prototype.js';
import { PROBE_ID } from './records.js';
import { runToolOrThrow } from '../toolchains/run-tool.js';
import { keepScratch, scratchDir } from '../toolchains/scratch.js';
import { harnessObjects } from './object-cache.js';
import type { Config } from '../toolchains/config.js';
import { sourceDir } from '../targets/source-dir.js';
import type { HarnessPart, Target } from '../targets/target.js';
import { requireTools } from '../toolchains/tools.js';

export interface OracleOptions {
  configs: Config[];
  jobs?: number;
  /** Per emulator run; a hang beyond it is charged to the prototype that was running. */
  timeoutMs?: number;
  /** Stop after compiling: the floor the benchmark compares against. */
  compileOnly?: boolean;
  /** More harness objects (the JIT stage's C half), built once into the cache like the runtime's. */
  parts?: readonly HarnessPart[];
}

export interface OracleResult {
  observations: PrototypeObservation[];
  timings: { compileMs: number; linkMs: number; runMs: number; analyseMs: number };
  /** Harness processes of phases 1 and 2 (a restart after a process died counts again). */
  processes: number;
}

/** The runtime's own part: the record stream and the drivers (abf.h beside it). */
const RUNTIME: HarnessPart = { dir: sourceDir(import.meta.url, 'oracle', 'c'), files: [['runtime.c', 'runtime.o', ['-O2']]] };

export async function runOracle(inputs: PrototypeInput[], opts: OracleOptions): Promise<OracleResult> {
  return withBatch(inputs, opts, (batch) => (opts.compileOnly ? Promise.resolve({ observations: [], timings: { ...batch.timings, linkMs: 0, runMs: 0, analyseMs: 0 }, processes: 0 }) : runBatch(batch)));
}

/** Builds a batch, hands it to `use` (the oracle's run, and a later stage's), then removes it. */
export async function withBatch<T>(inputs: PrototypeInput[], opts: OracleOptions, use: (batch: BuiltBatch) => Promise<T>): Promise<T> {
  const batch = await buildBatch(inputs, opts);
  try {
    return await use(batch);
  } finally {
    await batch.cleanup();
  }
}

/** A batch compiled and linked, waiting for the emulator: a campaign builds the next batch while this one runs. */
export interface BuiltBatch {
  plans: PrototypePlan[];
  configs: Config[];
  built: BuiltConfig[];
  binary: string;
  emulator: string | undefined;
  timeoutMs: number;
  timings: { compileMs: number; linkMs: number };
  cleanup(): Promise<void>;
}

export async function buildBatch(inputs: PrototypeInput[], opts: OracleOptions): Promise<BuiltBatch> {
  const target = opts.configs[0]!.target;
  const tools = requireTools(target);
  const fill = target.returnRegisters.reduce((n, f) => n + f.names.length * f.bytes, 0);
  const plans = inputs.map((input, i) => planPrototype(input, i, fill));
  // ABIFUZZ_KEEP=1 keeps the generated sources and the harness binary, for debugging.
  const keep = process.env.ABIFUZZ_KEEP === '1';
  const tmp = scratchDir('batch');
  if (keep) {
    keepScratch(tmp);
    process.stderr.write(`abifuzz: keeping the harness in ${tmp.path}\n`);
  }
  const cleanup = async (): Promise<void> => (keep ? undefined : tmp.remove());
  try {
    const dir = tmp.path;
    const limit = pLimit(opts.jobs ?? availableParallelism());
    const t0 = performance.now();
    const partObjs = Promise.all([RUNTIME, target.probe, ...(opts.parts ?? [])].map((part) => partObjects(part, target, tools.linker, limit)));
    const built = await Promise.all(opts.configs.map((c, i) => limit(() => buildConfig({ dir, include: RUNTIME.dir }, i, c, plans, plans.length))));
    const runtime = (await partObjs).flat();
    const t1 = performance.now();
    const binary = opts.compileOnly ? '' : await link(dir, tools.linker, runtime, built);
    const t2 = performance.now();
    return { plans, configs: opts.configs, built, binary, emulator: tools.emulator, timeoutMs: opts.timeoutMs ?? 60_000, timings: { compileMs: t1 - t0, linkMs: t2 - t1 }, cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

export async function runBatch(b: BuiltBatch): Promise<OracleResult> {
  const t2 = performance.now();
  const runOpts = { emulator: b.emulator, binary: b.binary, timeoutMs: b.timeoutMs };
  const phase1 = await runAll(runOpts, b.plans.length);
  const groups = groupRecords(phase1.records);
  const { pairs, rets } = phase2Pairs(b.plans, groups, b.configs);
  const phase2 = await runPhase2(runOpts, pairs);
  const t3 = performance.now();
  const phase2Groups = groupRecords(phase2.records);
  const crashes = [...phase1.crashes, ...phase2.crashes];
  const observations = b.plans.map((plan) => observe(plan, b.configs, b.built, groups, phase2Groups, rets, crashes));
  const t4 = performance.now();
  return { observations, timings: { ...b.timings, runMs: t3 - t2, analyseMs: t4 - t3 }, processes: phase1.processes + phase2.processes };
}

/** Each part's objects at most once per process and linker: batches ask together. */
const partCache = new Map<string, Promise<string[]>>();

function partObjects(part: HarnessPart, target: Target, linker: string, limit: LimitFunction): Promise<string[]> {
  const key = `${linker}:${part.dir}`;
  let objects = partCache.get(key);
  if (!objects) {
    // `target.h` of the target is on every part's include path, beside the runtime's abf.h.
    objects = limit(() => harnessObjects(part, [RUNTIME.dir, target.probe.dir], linker));
    partCache.set(key, objects);
    objects.catch(() => partCache.delete(key));
  }
  return objects;
}

/** How many configs the runtime can link tables for (MAX_CONFIGS in runtime.c). */
const MAX_CONFIGS = 32;

async function link(dir: string, linker: string, runtime: string[], built: BuiltConfig[]): Promise<string> {
  if (built.length > MAX_CONFIGS) throw new Error(`${built.length} configs in one batch: the harness links at most ${MAX_CONFIGS}`);
  const objects = built.flatMap((b) => (b.object ? [b.object] : []));
  const binary = join(dir, 'harness');
  await runToolOrThrow(linker, ['-static', ...runtime, ...objects, '-o', binary]);
  return binary;
}

/** The pairs whose return value phase 1 could not find, and where it found the others. */
function phase2Pairs(plans: PrototypePlan[], groups: Map<string, CallerRecords>, configs: Config[]): { pairs: { proto: number; cfg: number }[]; rets: Map<string, Located> } {
  const pairs: { proto: number; cfg: number }[] = [];
  const rets = new Map<string, Located>();
  for (const plan of plans) {
    if (!plan.ret) continue;
    for (const [cfg, { target }] of configs.entries()) {
      const key = `${plan.index}:${cfg}`;
      const g = groups.get(key);
      const ret = g && locateRet(target, plan, g, undefined);
      if (!ret) continue;
      rets.set(key, ret);
      if (needsPhase2(ret)) pairs.push({ proto: plan.index, cfg });
    }
  }
  return { pairs, rets };
}

function observe(plan: PrototypePlan, configs: Config[], built: BuiltConfig[], groups: Map<string, CallerRecords>, phase2: Map<string, CallerRecords>, phase1Rets: Map<string, Located>, crashes: CallCrash[]): PrototypeObservation {
  const configIds = configs.map((c) => c.id);
  const perConfig = configs.map((config, cfg): ConfigObservation => {
    const rejection = built[cfg]!.rejected.get(plan.index);
    if (rejection) return { config: config.id, status: rejection.kind, message: rejection.message };
    const mine = crashes.filter((c) => c.proto === plan.index && c.caller === cfg);
    const probeCrash = mine.find((c) => c.callee === PROBE_ID);
    const g = groups.get(`${plan.index}:${cfg}`);
    if (probeCrash || !g) {
      const what = probeCrash ? `${probeCrash.reason} while ${config.id} called the probe` : 'no records';
      return { config: config.id, status: 'runtime-crash', message: what };
    }
    const calleeCrashes = new Map(mine.filter((c) => c.callee < configs.length).map((c) => [c.callee, c.reason]));
    const key = `${plan.index}:${cfg}`;
    const p2 = phase2.get(key);
    const ret = p2 ? locateRet(config.target, plan, g, p2.probeRet) : phase1Rets.get(key);
    const shapes = shapesOf(g, plan.params.length + (plan.ret ? 1 : 0));
    const fellBack = built[cfg]!.fellBack.has(plan.index) ? { selectorFellBack: true as const } : {};
    return { config: config.id, status: 'ok', layouts: layoutsOf(plan, g), shapes, args: locateParams(config.target, plan, g), ret, callees: calleeChecks(plan, g, groups, configIds, calleeCrashes), ...fellBack };
  });
  return { index: plan.index, origin: plan.origin, name: plan.name, configs: perConfig };
}

