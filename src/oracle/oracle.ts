// The oracle's shell: build every config's translation unit, link them with the runtime
// and the probe into one static aarch64 binary, run it under qemu, and hand the records to
// the pure stages. Compilation is the floor of the whole tool, so everything else here is
// one link and one or two emulator runs per batch.
import { createHash } from 'node:crypto';
import { access, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit, { type LimitFunction } from 'p-limit';
import { dir as tmpDir } from 'tmp-promise';
import { buildConfig, type BuiltConfig } from './build.js';
import { calleeChecks, groupRecords, layoutsOf, locateParams, locateRet, needsPhase2, type CallerRecords, type ConfigObservation, type PrototypeObservation } from './observe.js';
import { planPrototype, type PrototypeInput, type PrototypePlan } from './plan.js';
import { runAll, runPhase2, type CallCrash, type RunOptions } from './run.js';
import type { JitRequest } from '../jit/plan.js';
import type { Located } from './locate.js';
import { runJitPhase } from '../jit/harness/run.js';
import { PROBE_ID } from './records.js';
import { runToolOrThrow } from './run-tool.js';
import { requireTools, type Config } from './toolchains.js';

export interface OracleOptions {
  configs: Config[];
  jobs?: number;
  /** Per emulator run; a hang beyond it is charged to the prototype that was running. */
  timeoutMs?: number;
  /** Stop after compiling: the floor the benchmark compares against. */
  compileOnly?: boolean;
  /** Also run every prototype through these trampoline variants and modes. */
  jit?: JitRequest;
}

export interface OracleResult {
  observations: PrototypeObservation[];
  timings: { compileMs: number; linkMs: number; runMs: number; analyseMs: number; jitMs: number };
  /** Harness processes of phases 1 and 2 (a restart after a process died counts again). */
  processes: number;
}

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'oracle', 'c');
const ASSET_FILES = ['abf.h', 'runtime.c', 'probe.S', 'jit.c', 'jit.S'];

async function assetsDir(): Promise<string> {
  // Run from dist/src/oracle (built) or src/oracle (tests): find the C sources either way.
  const candidates = [ASSETS, join(dirname(fileURLToPath(import.meta.url)), 'c')];
  for (const c of candidates) {
    try {
      await access(join(c, 'abf.h'));
      return c;
    } catch { /* try the next */ }
  }
  throw new Error(`harness C sources not found in ${candidates.join(' or ')}`);
}

export async function runOracle(inputs: PrototypeInput[], opts: OracleOptions): Promise<OracleResult> {
  const batch = await buildBatch(inputs, opts);
  try {
    return opts.compileOnly ? { observations: [], timings: { ...batch.timings, linkMs: 0, runMs: 0, analyseMs: 0, jitMs: 0 }, processes: 0 } : await runBatch(batch);
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
  qemu: string;
  timeoutMs: number;
  jit: JitRequest | undefined;
  timings: { compileMs: number; linkMs: number };
  cleanup(): Promise<void>;
}

export async function buildBatch(inputs: PrototypeInput[], opts: OracleOptions): Promise<BuiltBatch> {
  const tools = requireTools();
  const plans = inputs.map(planPrototype);
  // ABIFUZZ_KEEP=1 keeps the generated sources and the harness binary, for debugging.
  const keep = process.env.ABIFUZZ_KEEP === '1';
  const tmp = await tmpDir({ unsafeCleanup: true, prefix: 'abifuzz-', keep });
  if (keep) process.stderr.write(`abifuzz: keeping the harness in ${tmp.path}\n`);
  const cleanup = async (): Promise<void> => (keep ? undefined : tmp.cleanup());
  try {
    const dir = tmp.path;
    const assets = await assetsDir();
    const limit = pLimit(opts.jobs ?? availableParallelism());
    const t0 = performance.now();
    const runtimeObjs = runtimeObjects(assets, tools.linker, limit);
    const built = await Promise.all(opts.configs.map((c, i) => limit(() => buildConfig({ dir, include: assets }, i, c, plans, plans.length))));
    const runtime = await runtimeObjs;
    const t1 = performance.now();
    const binary = opts.compileOnly ? '' : await link(dir, tools.linker, runtime, built);
    const t2 = performance.now();
    return { plans, configs: opts.configs, built, binary, qemu: tools.qemu, timeoutMs: opts.timeoutMs ?? 60_000, jit: opts.jit, timings: { compileMs: t1 - t0, linkMs: t2 - t1 }, cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

export async function runBatch(b: BuiltBatch): Promise<OracleResult> {
  const t2 = performance.now();
  const runOpts = { qemu: b.qemu, binary: b.binary, timeoutMs: b.timeoutMs };
  const phase1 = await runAll(runOpts, b.plans.length);
  const groups = groupRecords(phase1.records);
  const { pairs, rets } = phase2Pairs(b.plans, groups, b.configs.length);
  const phase2 = await runPhase2(runOpts, pairs);
  const t3 = performance.now();
  const phase2Groups = groupRecords(phase2.records);
  const crashes = [...phase1.crashes, ...phase2.crashes];
  const observations = b.plans.map((plan) => observe(plan, b.configs, b.built, groups, phase2Groups, rets, crashes));
  const t4 = performance.now();
  if (b.jit) await addJitOutcomes(b, b.jit, observations, groups, runOpts);
  const t5 = performance.now();
  return { observations, timings: { ...b.timings, runMs: t3 - t2, analyseMs: t4 - t3, jitMs: t5 - t4 }, processes: phase1.processes + phase2.processes };
}

async function addJitOutcomes(b: BuiltBatch, req: JitRequest, observations: PrototypeObservation[], groups: Map<string, CallerRecords>, run: RunOptions): Promise<void> {
  const runnable = (proto: number, cfg: number): boolean => observations[proto]!.configs[cfg]!.status === 'ok';
  const outcomes = await runJitPhase({ plans: b.plans, configs: b.configs.map((c) => c.id), runnable, groups, run }, req);
  for (const o of observations) o.jit = outcomes.get(o.index) ?? [];
}

/**
 * The harness's own objects (runtime, probe, JIT glue) do not depend on the batch, and at
 * -O0 with two compilers compiling them cost a fifth of a batch. They are built once into
 * a cache directory named by the hash of their sources and the compiler, shared by every
 * process and test worker; a new version of the sources gets a directory of its own.
 */
const runtimes = new Map<string, Promise<string[]>>();
const RUNTIME_OBJECTS: [string, string, string[]][] = [['runtime.c', 'runtime.o', ['-O2']], ['probe.S', 'probe.o', []], ['jit.c', 'jit.o', ['-O2']], ['jit.S', 'jit-asm.o', []]];

function runtimeObjects(assets: string, linker: string, limit: LimitFunction): Promise<string[]> {
  let objects = runtimes.get(linker);
  if (!objects) {
    objects = limit(() => cachedRuntime(assets, linker));
    runtimes.set(linker, objects);
    objects.catch(() => runtimes.delete(linker));
  }
  return objects;
}

async function cachedRuntime(assets: string, linker: string): Promise<string[]> {
  const hash = createHash('sha256').update(linker);
  for (const f of ASSET_FILES) hash.update(await readFile(join(assets, f)));
  const dir = join(tmpdir(), `abifuzz-runtime-${hash.digest('hex').slice(0, 16)}`);
  const objects = RUNTIME_OBJECTS.map(([, obj]) => join(dir, obj));
  if (await exists(dir)) return objects;
  // Built aside and renamed into place, so a concurrent process never links half a cache.
  const staging = await mkdtemp(`${dir}.tmp-`);
  for (const [src, obj, opt] of RUNTIME_OBJECTS) await runToolOrThrow(linker, [...opt, '-I', assets, '-c', join(assets, src), '-o', join(staging, obj)]);
  try {
    await rename(staging, dir);
  } catch {
    await rm(staging, { recursive: true, force: true }); // another process was first
  }
  return objects;
}

const exists = (path: string): Promise<boolean> => access(path).then(() => true, () => false);

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
function phase2Pairs(plans: PrototypePlan[], groups: Map<string, CallerRecords>, nconfigs: number): { pairs: { proto: number; cfg: number }[]; rets: Map<string, Located> } {
  const pairs: { proto: number; cfg: number }[] = [];
  const rets = new Map<string, Located>();
  for (const plan of plans) {
    if (!plan.ret) continue;
    for (let cfg = 0; cfg < nconfigs; cfg++) {
      const key = `${plan.index}:${cfg}`;
      const g = groups.get(key);
      const ret = g && locateRet(plan, g, undefined);
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
    const ret = p2 ? locateRet(plan, g, p2.probeRet) : phase1Rets.get(key);
    return { config: config.id, status: 'ok', layouts: layoutsOf(plan, g), args: locateParams(plan, g), ret, callees: calleeChecks(plan, g, groups, configIds, calleeCrashes) };
  });
  return { index: plan.index, origin: plan.origin, name: plan.name, configs: perConfig };
}

