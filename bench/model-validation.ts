// The model against ground truth over a long campaign (issue: >= 100,000 prototypes per
// profile). Usage: node dist/bench/model-validation.js [count] [profile] [seed] [compilers] [from]
// (prototypes from, from + 1, ..., from + count - 1 of the seed; from defaults to 0).
// Counts each prototype once:
//   agree        the model matches every config that compiled it;
//   deviation    the model differs, and the compilers disagree among themselves there;
//   one-compiler the model differs from the only compiler that could compile it (_BitInt: clang);
//   model-bug    the compilers agree with each other and not with the model (printed).
import { writeFileSync, mkdirSync } from 'node:fs';
import { printHeader } from '../src/c/print.js';
import { observeBatches } from '../src/campaign/batches.js';
import { prototypeAt } from '../src/campaign/source.js';
import { compareConfigs } from '../src/diff/compare-configs.js';
import { compareModel } from '../src/diff/compare-model.js';
import type { PrototypeObservation } from '../src/oracle/observe.js';
import type { PrototypeInput } from '../src/oracle/plan.js';
import { makeConfigs, type Profile } from '../src/oracle/toolchains.js';

const [count = '10000', profile = 'kernel', seed = '1', compilers = 'gcc-12,clang-19', from = '0'] = process.argv.slice(2);
const N = Number(count);
const FROM = Number(from);
const configs = makeConfigs(compilers.split(','), ['O0', 'O2'], profile as Profile);
const BUGS = '/tmp/abifuzz-model-bugs';

type Verdict = 'agree' | 'deviation' | 'one-compiler' | 'model-bug' | 'unobserved';

function verdict(obs: PrototypeObservation, input: PrototypeInput): Verdict {
  const ok = obs.configs.filter((c) => c.status === 'ok');
  if (ok.length === 0) return 'unobserved';
  if (compareModel(obs, input).length === 0) return 'agree';
  const disagreements = compareConfigs(obs).filter((f) => f.kind !== 'ref-underaligned' && f.kind !== 'compiler-crash' && f.kind !== 'runtime-crash');
  if (disagreements.length > 0) return 'deviation';
  return new Set(ok.map((c) => c.config.split('/')[0])).size < 2 ? 'one-compiler' : 'model-bug';
}

async function main(): Promise<void> {
  const counts: Record<Verdict, number> = { agree: 0, deviation: 0, 'one-compiler': 0, 'model-bug': 0, unobserved: 0 };
  let index = 0;
  const next = (): PrototypeInput[] => {
    const n = Math.min(200, N - index);
    const batch = Array.from({ length: Math.max(0, n) }, (_, k) => prototypeAt(Number(seed), FROM + index + k, profile as Profile));
    index += batch.length;
    return batch;
  };
  const started = Date.now();
  mkdirSync(BUGS, { recursive: true });
  for await (const { inputs, observations } of observeBatches(next, { configs })) {
    for (const obs of observations) {
      const v = verdict(obs, inputs[obs.index]!);
      counts[v]++;
      if (v === 'model-bug') writeFileSync(`${BUGS}/${inputs[obs.index]!.origin.replace(/\W+/g, '_')}.h`, printHeader(inputs[obs.index]!.header));
    }
    const done = Object.values(counts).reduce((a, b) => a + b, 0);
    process.stderr.write(`${done}/${N} after ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}\n`);
  }
  console.log(`model validation: ${N} ${profile} prototypes (seed ${seed}, from ${FROM}) against [${configs.map((c) => c.id).join(' ')}] in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(JSON.stringify(counts));
  if (counts['model-bug'] > 0) console.log(`model bugs written to ${BUGS}`);
}

await main();
