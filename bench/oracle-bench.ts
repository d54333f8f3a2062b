// `npm run bench`: throughput figures, not assertions (`npm run bench:model` prints only
// figure 2, measured as the full run measures it).
//  1. oracle: 500 varied prototypes x 4 configs, against its floor (compile-only time),
//     on aarch64 under qemu, then on x86-64 natively;
//  2. model: layout + AAPCS64 classification per second on one core, per profile, of
//     prototypes just generated and of the same prototypes again;
//  3. fuzz loop (generate + oracle + model + diff, as `abifuzz fuzz --no-minimize` runs it)
//     against the oracle-only rate for the same prototypes;
//  4. side by side with GCC's struct-layout-1 compat harness (../shared/peers/struct-layout-1,
//     `run.sh --O0 3000`, or $SL1_PEER), run here first: at its coverage (gcc 12 + clang 19,
//     -O0) and on its amount of work (the first prototypes holding its 3,000 record types),
//     record types checked per second by each.
import { execa } from 'execa';
import { existsSync, mkdtempSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prototypeAt } from '../src/campaign/source.js';
import { modelView, type ModelView } from '../src/model/view.js';
import { DEFAULT_TARGET } from '../src/targets/index.js';
import type { Target } from '../src/targets/target.js';
import { x86_64 } from '../src/targets/x86_64/index.js';
import { runOracle } from '../src/oracle/oracle.js';
import type { PrototypeInput } from '../src/data/prototype.js';
import { makeConfigs, type Profile } from '../src/toolchains/config.js';
import { tuneV8 } from '../src/cli/v8-flags.js';

// As the command runs: the oracle-only rate of figure 3 is measured here, in this process.
tuneV8();

const COUNT = Number(process.env.BENCH_PROTOTYPES ?? 500);
const SEED = Number(process.env.BENCH_SEED ?? 20261122);
const PROFILE: Profile = 'user';

/** struct-layout-1's run: 3,000 record types. */
const SL1_TYPES = 3000;
const SL1_PEER = process.env.SL1_PEER ?? fileURLToPath(new URL('../../../shared/peers/struct-layout-1/run.sh', import.meta.url));

/** The peer's record types per second, measured now; undefined when it is not on this machine. */
async function peerRate(): Promise<number | undefined> {
  if (!existsSync(SL1_PEER)) return undefined;
  const work = mkdtempSync(join(tmpdir(), 'sl1-work-'));
  const r = await execa('bash', [SL1_PEER, '--O0', String(SL1_TYPES), '--work', work, '--clean'], { reject: false });
  const m = /types\/s\s*:\s*([\d.]+)/.exec(r.stdout);
  return m ? Number(m[1]) : undefined;
}

/** How many of the campaign's first prototypes it takes to hold `types` record types. */
function prototypesHolding(types: number): number {
  let n = 0;
  for (let held = 0; held < types; n++) held += records([prototypeAt(SEED, n, PROFILE)]);
  return n;
}

const batch = (n: number): PrototypeInput[] => Array.from({ length: n }, (_, i) => prototypeAt(SEED, i, PROFILE));
const records = (inputs: PrototypeInput[]): number => inputs.reduce((n, p) => n + p.header.decls.filter((d) => d.kind === 'record').length, 0);

/** `ceiling`: the target ratio to the floor for this target. */
async function oracleFigures(inputs: PrototypeInput[], target: Target, ceiling: number): Promise<number> {
  const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0', 'O2'], PROFILE, target);
  const t0 = performance.now();
  await runOracle(inputs, { configs, compileOnly: true });
  const t1 = performance.now();
  const full = await runOracle(inputs, { configs });
  const t2 = performance.now();
  const floor = (t1 - t0) / 1000;
  const oracle = (t2 - t1) / 1000;
  const t = full.timings;
  const runner = target.toolchain.emulator ? 'qemu' : 'native run';
  console.log(`1. oracle, ${target.name}: ${inputs.length} prototypes (seed ${SEED}), ${configs.length} configs [${configs.map((c) => c.id).join(' ')}]`);
  console.log(`   compile-only (floor) ${floor.toFixed(2)} s; oracle ${oracle.toFixed(2)} s = ${(inputs.length / oracle).toFixed(1)} prototypes/s, ${(oracle / floor).toFixed(2)}x the floor (target <= ${ceiling}x)`);
  console.log(`   split: compile ${(t.compileMs / 1000).toFixed(2)} s, link ${(t.linkMs / 1000).toFixed(2)} s, ${runner} ${(t.runMs / 1000).toFixed(2)} s, decode ${(t.analyseMs / 1000).toFixed(2)} s`);
  return inputs.length / oracle;
}

/**
 * Two rates, each the median of five trials (the machine is shared: single trials vary by
 * ±20%), with the best trial too. Measured in a process of its own whose V8 runs single-
 * threaded, so that "on one core" holds: garbage collection and compilation run on the
 * thread that is timed, instead of on helper threads beside it.
 *  - fresh, as the fuzz loop sees prototypes: each modelled once, from a pool generated
 *    beforehand (20,000 per trial, more than the CPU caches hold), so its IR is as cold as
 *    a campaign's, whose model runs seconds after the batch was generated and printed,
 *    with compilers in between. The generator's garbage is collected before the clock
 *    starts (a campaign collects it while the compilers run); each is a new header
 *    modelled once (modelView builds its own scope and memo), the GC work the model
 *    causes included;
 *  - steady: re-modelling the same `warm` prototypes over and over (still no memo from
 *    one call to the next, but the objects hot in the caches).
 */
function modelFigures(warm: PrototypeInput[]): void {
  for (const input of warm) modelView(input, DEFAULT_TARGET); // compile the model's code before timing it
  for (const profile of ['user', 'kernel'] as const) {
    const fresh = trials(() => freshRate(profile));
    const steady = trials(() => rate(profile === PROFILE ? warm : Array.from({ length: warm.length }, (_, i) => prototypeAt(SEED, i, profile)), 1));
    console.log(`2. model, ${profile} profile: ${fresh.median.toFixed(0)} prototypes/s fresh (best ${fresh.best.toFixed(0)}), ${steady.median.toFixed(0)} steady (best ${steady.best.toFixed(0)}), layout + classification on one core (target >= 50,000)`);
  }
}

function trials(run: () => number, n = 5): { median: number; best: number } {
  const rates = Array.from({ length: n }, run).sort((a, b) => a - b);
  return { median: rates[Math.floor(n / 2)]!, best: rates[n - 1]! };
}

let freshFrom = 1_000_000;
const POOL = 20_000;
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Model CPU time only, over a new pool each call. */
function freshRate(profile: Profile): number {
  const pool = Array.from({ length: POOL }, (_, i) => prototypeAt(SEED, freshFrom + i, profile));
  freshFrom += POOL;
  collectGarbage();
  const views: ModelView[] = [];
  const started = process.cpuUsage();
  for (const input of pool) {
    // Kept a while, as the fuzz loop keeps a batch's views until its findings are signed.
    views.push(modelView(input, DEFAULT_TARGET));
    if (views.length === 200) views.length = 0;
  }
  const used = process.cpuUsage(started);
  return pool.length / ((used.user + used.system) / 1e6);
}

/** Prototypes modelled per second of CPU time, passing over `inputs` for at least `seconds`. */
function rate(inputs: PrototypeInput[], seconds: number): number {
  const started = process.cpuUsage();
  let done = 0;
  do {
    for (const input of inputs) modelView(input, DEFAULT_TARGET);
    done += inputs.length;
  } while (process.cpuUsage(started).user < seconds * 1e6);
  const cpu = process.cpuUsage(started);
  return done / ((cpu.user + cpu.system) / 1e6);
}

async function fuzzLoop(compilers: string, opt: string, runs: number): Promise<{ rate: number; seconds: number }> {
  const out = mkdtempSync(join(tmpdir(), 'abifuzz-bench-'));
  const r = await execa('node', ['dist/src/cli/main.js', 'fuzz', '--runs', String(runs), '--seed', String(SEED), '--profile', PROFILE, '--compilers', compilers, '--opt', opt, '--out', out, '--json', '--no-minimize'], { reject: false });
  const s = JSON.parse(r.stdout) as { checked: number; seconds: number };
  return { rate: s.checked / s.seconds, seconds: s.seconds };
}

async function main(): Promise<void> {
  const inputs = batch(COUNT);
  if (process.argv[2] === 'model') return modelFigures(inputs);
  if (process.argv[2] === 'x86') return void (await oracleFigures(inputs, x86_64, 1.2));
  const oracleRate = await oracleFigures(inputs, DEFAULT_TARGET, 1.3);
  await oracleFigures(inputs, x86_64, 1.2);
  await execa('node', ['--single-threaded', fileURLToPath(import.meta.url), 'model'], { stdout: 'inherit', stderr: 'inherit' });
  const loop = await fuzzLoop('gcc-12,clang-19', 'O0,O2', COUNT);
  console.log(`3. fuzz loop: ${loop.rate.toFixed(1)} prototypes/s, ${((100 * loop.rate) / oracleRate).toFixed(0)}% of the oracle-only rate (target >= 85%)`);
  const peer = await peerRate();
  const sl1Count = prototypesHolding(SL1_TYPES);
  const sl1 = await fuzzLoop('gcc-12,clang-19', 'O0', sl1Count);
  const typesPerSecond = records(batch(sl1Count)) / sl1.seconds;
  const against = peer === undefined ? `struct-layout-1 not found at ${SL1_PEER} (set SL1_PEER)` : `struct-layout-1 measured just before: ${peer.toFixed(0)} types/s; ${(typesPerSecond / peer).toFixed(1)}x (target >= 10x)`;
  console.log(`4. gcc-12 + clang-19 at -O0, ${sl1Count} prototypes (${records(batch(sl1Count))} record types, struct-layout-1's run is ${SL1_TYPES}): ${sl1.rate.toFixed(1)} prototypes/s, ${typesPerSecond.toFixed(0)} record types/s; ${against}`);
}

await main();
