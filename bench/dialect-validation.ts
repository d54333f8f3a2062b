// Does each config's dialect predict what the config did? Per config, the share of
// prototypes whose every layout, argument and return location (and by-reference copy
// alignment, where defined) the model with that config's dialect predicts exactly, and
// every miss listed.
//
//   node dist/bench/dialect-validation.js run N PROFILE SEED [COMPILERS] [OPTS]
//       observe N prototypes and check them (the figure the issue asks for);
//   node dist/bench/dialect-validation.js collect N PROFILE SEED FILE [COMPILERS] [OPTS]
//       observe and keep the observations in FILE (JSON lines), to check again later;
//   node dist/bench/dialect-validation.js check FILE...
//       check kept observations against today's dialects (seconds, no compiler).
// TARGET=x86_64 observes that target instead of aarch64; kept lines say which they are.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { functionsOf } from '../src/c/ir.js';
import { parseHeader } from '../src/c/parse.js';
import { printHeader } from '../src/c/print.js';
import { observeBatches } from '../src/campaign/batches.js';
import { prototypeAt } from '../src/campaign/source.js';
import { typesUsed } from '../src/oracle/plan.js';
import { declsFor } from '../src/c/closure.js';
import type { ConfigObservation } from '../src/data/observation.js';
import { LOST } from '../src/data/location.js';
import type { PrototypeInput } from '../src/data/prototype.js';
import { configMisses, type DialectMiss } from '../src/diff/dialect-check.js';
import { dialectFacing, dialectOf } from '../src/model/dialect.js';
import { modelView } from '../src/model/view.js';
import { DEFAULT_TARGET, targetNamed } from '../src/targets/index.js';
import type { Dialect, Target } from '../src/targets/target.js';
import { knownCompilers, makeConfigs, parseOpts, type Profile } from '../src/toolchains/config.js';
import { installedCompilers } from '../src/toolchains/tools.js';

/** What is kept of one prototype: its C, and per config what the check compares. */
interface Kept {
  origin: string;
  header: string;
  configs: ConfigObservation[];
  /** Absent: aarch64. */
  target?: string;
}

const asked = process.env.TARGET === undefined ? DEFAULT_TARGET : targetNamed(process.env.TARGET);
const dialects = new Map<string, Dialect>();

function dialectFor(config: string, target: Target): Dialect {
  const key = `${target.name} ${config}`;
  let d = dialects.get(key);
  if (!d) {
    const [id, opt] = config.split('/') as [string, string];
    const c = knownCompilers(target).find((x) => x.id === id)!;
    dialects.set(key, (d = dialectOf(target, { family: c.family, version: Number(id.split('-')[1]), opt })));
  }
  return d;
}

interface Tally { ok: number; exact: number; denied: number; misses: { origin: string; miss: DialectMiss }[]; target: Target }

function check(kept: Kept, tallies: Map<string, Tally>): void {
  const h = parseHeader(kept.header, kept.origin);
  const input: PrototypeInput = { origin: kept.origin, header: h, fn: functionsOf(h)[0]! };
  const target = kept.target === undefined ? DEFAULT_TARGET : targetNamed(kept.target);
  // What the oracle compiles: the function and the declarations it needs.
  const uses = typesUsed(printHeader(declsFor(h, input.fn)));
  for (const c of kept.configs) {
    if (c.status !== 'ok') continue;
    const name = target === DEFAULT_TARGET ? c.config : `${target.name} ${c.config}`;
    const t = tallies.get(name) ?? { ok: 0, exact: 0, denied: 0, misses: [], target };
    tallies.set(name, t);
    if (deniedType(uses, c.config, target)) {
      t.denied++;
      continue;
    }
    t.ok++;
    const misses = configMisses(c, modelView(input, target, false, dialectFacing(dialectFor(c.config, target), c)));
    if (misses.length === 0) t.exact++;
    else t.misses.push({ origin: kept.origin, miss: misses[0]! });
  }
}

/**
 * A type the oracle no longer compiles with this config's compiler (typeSupport changed
 * since the observation was kept): not counted, as a fresh run would not compile it.
 */
function deniedType(uses: ReturnType<typeof typesUsed>, config: string, target: Target): boolean {
  const c = knownCompilers(target).find((x) => x.id === config.split('/')[0])!;
  return (uses.usesBf16 && !c.bf16) || (uses.usesFloat16 && !c.float16) || (uses.usesBitInt && !c.bitInt);
}

function report(tallies: Map<string, Tally>, showMisses: number): void {
  for (const [config, t] of [...tallies].sort()) {
    console.log(`${config.padEnd(12)} ${dialectFor(config.split(' ').at(-1)!, t.target).switches.map((s) => s.name).join(' ') || '(text)'}`);
    const denied = t.denied > 0 ? ` (and ${t.denied} kept as compiled that its compiler is no longer given: a type typeSupport denies it)` : '';
    console.log(`${''.padEnd(12)} ${t.exact}/${t.ok} exact = ${((100 * t.exact) / Math.max(1, t.ok)).toFixed(3)}%, ${t.misses.length} missed${denied}`);
    for (const { origin, miss } of t.misses.slice(0, showMisses)) {
      console.log(`    ${origin}: ${miss.arg === undefined ? 'return' : `param ${miss.arg + 1}`} ${miss.what}: ${difference(miss)}`);
    }
  }
}

/**
 * Where a miss starts, word by word (a byte's place, for locations), and how many words
 * differ. A byte predicted LOST matches whatever was observed, so it is not a difference.
 */
function difference({ predicted, observed }: DialectMiss): string {
  const p = predicted.split(' ');
  const o = observed.split(' ');
  const differ = Array.from({ length: Math.max(p.length, o.length) }, (_, j) => j).filter((j) => p[j] !== o[j] && p[j] !== LOST);
  const j = differ[0] ?? 0;
  return `${differ.length} of ${Math.max(p.length, o.length)} differ, first #${j}: predicted ${p[j] ?? '(none)'}, observed ${o[j] ?? '(none)'} (predicted ${p.slice(0, 3).join(' ')}…, observed ${o.slice(0, 3).join(' ')}…)`;
}

function keep(input: PrototypeInput, configs: ConfigObservation[]): Kept {
  // Shapes hold buffers the check does not use.
  const plain = configs.map((c) => (c.status === 'ok' ? { ...c, shapes: [] } : c));
  return { origin: input.origin, header: printHeader(input.header), configs: plain, ...(asked === DEFAULT_TARGET ? {} : { target: asked.name }) };
}

async function* observed(n: number, profile: Profile, seed: number, compilers: string, opts: string): AsyncGenerator<Kept> {
  const configs = makeConfigs(compilers.split(','), parseOpts(opts), profile, asked);
  let index = 0;
  const next = (): PrototypeInput[] => {
    const batch = Array.from({ length: Math.max(0, Math.min(200, n - index)) }, (_, k) => prototypeAt(seed, index + k, profile));
    index += batch.length;
    return batch;
  };
  const started = Date.now();
  for await (const { inputs, observations } of observeBatches(next, { configs })) {
    for (const o of observations) yield keep(inputs[o.index]!, o.configs);
    process.stderr.write(`${index}/${n} observed after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const everyInstalled = installedCompilers(asked).map((c) => c.id).join(',');
  const tallies = new Map<string, Tally>();
  if (mode === 'check') {
    for (const file of args) for await (const line of createInterface({ input: createReadStream(file) })) if (line) check(JSON.parse(line) as Kept, tallies);
    return report(tallies, Number(process.env.SHOW_MISSES ?? 20));
  }
  const [n = '1000', profile = 'user', seed = '7'] = args;
  const file = mode === 'collect' ? args[3] : undefined;
  const [compilers = everyInstalled, opts = 'O0,O2'] = args.slice(mode === 'collect' ? 4 : 3);
  const out = file ? createWriteStream(file) : undefined;
  const started = Date.now();
  for await (const kept of observed(Number(n), profile as Profile, Number(seed), compilers, opts)) {
    if (out) out.write(JSON.stringify(kept) + '\n');
    else check(kept, tallies);
  }
  out?.end();
  if (mode === 'run') {
    console.log(`dialect validation: ${n} ${profile} prototypes (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    report(tallies, Infinity);
  }
}

await main();
