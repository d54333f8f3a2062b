// `npm run bench`: oracle throughput against its floor, compile-only time, for the same
// batch of varied prototypes across four configs. Figures, not assertions.
import fc from 'fast-check';
import { functionsOf } from '../src/c/ir.js';
import { headerArb } from '../src/gen/arbitrary.js';
import { runOracle } from '../src/oracle/oracle.js';
import type { PrototypeInput } from '../src/oracle/plan.js';
import { makeConfigs } from '../src/oracle/toolchains.js';

const COUNT = Number(process.env.BENCH_PROTOTYPES ?? 500);
const SEED = Number(process.env.BENCH_SEED ?? 20261122);

function batch(): PrototypeInput[] {
  const headers = fc.sample(headerArb({ profile: 'user' }), { numRuns: COUNT, seed: SEED });
  return headers.map((header, i) => {
    const fn = functionsOf(header)[0]!;
    return { origin: `bench#${i}`, header, fn };
  });
}

async function main(): Promise<void> {
  const inputs = batch();
  const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0', 'O2'], 'user');
  const t0 = performance.now();
  const floor = await runOracle(inputs, { configs, compileOnly: true });
  const t1 = performance.now();
  const full = await runOracle(inputs, { configs });
  const t2 = performance.now();
  const compileOnly = (t1 - t0) / 1000;
  const oracle = (t2 - t1) / 1000;
  const ok = full.observations.filter((o) => o.configs.some((c) => c.status === 'ok')).length;
  console.log(`oracle bench: ${COUNT} prototypes (seed ${SEED}), ${configs.length} configs [${configs.map((c) => c.id).join(' ')}]`);
  console.log(`  compile-only (floor): ${compileOnly.toFixed(2)} s`);
  console.log(`  oracle wall time:     ${oracle.toFixed(2)} s  = ${(COUNT / oracle).toFixed(1)} prototypes/s  (${(oracle / compileOnly).toFixed(2)}x the floor; target <= 1.3x)`);
  const t = full.timings;
  console.log(`  oracle split: compile ${(t.compileMs / 1000).toFixed(2)} s, link ${(t.linkMs / 1000).toFixed(2)} s, qemu ${(t.runMs / 1000).toFixed(2)} s, decode ${(t.analyseMs / 1000).toFixed(2)} s`);
  console.log(`  prototypes observed by at least one config: ${ok}/${COUNT}`);
}

await main();
