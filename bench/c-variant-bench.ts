// `node dist/bench/c-variant-bench.js [N]`: the C placement path's two figures.
// 1. Agreement: docs/examples/place-args.c (the C transliteration of
//    linux-afdbb4cdd3d2-2026-09) against the TypeScript variant over N prototypes of the
//    kernel and user profiles that the kernel distills (default 10,000), models only.
// 2. Cost: the JIT stage with the C variant in every mode over kernel-profile batches
//    (gcc-12 and clang-19 at O0 and O2), and how much of it the helper process takes
//    (compiling the C once is counted apart). Target: at most 10%.
import { distillFuncModel } from '../src/bpf/func-model/distill.js';
import { TRAMPOLINE_MODES } from '../src/bpf/modes.js';
import type { PrototypeInput } from '../src/data/prototype.js';
import type { Variant } from '../src/bpf/variant.js';
import { prototypeAt } from '../src/campaign/source.js';
import { agreement } from '../src/jit/c-variant/agreement.js';
import { cVariant } from '../src/jit/c-variant/c-variant.js';
import { runJitStage, withJitHarness } from '../src/jit/harness/run.js';
import { variantNamed } from '../src/jit/variants-by-name.js';
import { buildBatch, runBatch } from '../src/oracle/oracle.js';
import { VARIANTS } from '../src/targets/aarch64/jit/variants/index.js';
import { makeConfigs } from '../src/toolchains/config.js';

const N = Number(process.argv[2] ?? 10_000);
const EXAMPLE = 'docs/examples/place-args.c';
const SEED = 20261203;

/** The first N prototypes of the seed, alternating profiles, that have a function model. */
function distillable(ts: Variant): PrototypeInput[] {
  const out: PrototypeInput[] = [];
  for (let i = 0; out.length < N; i++) {
    const input = prototypeAt(SEED, i >> 1, i % 2 === 0 ? 'kernel' : 'user');
    if (distillFuncModel(input.header, input.fn, { rules: ts.distill }).ok) out.push(input);
  }
  return out;
}

async function agreementFigure(): Promise<void> {
  const ts = variantNamed('linux-afdbb4cdd3d2-2026-09', VARIANTS);
  const inputs = distillable(ts);
  const started = performance.now();
  const a = await agreement(inputs, ts, cVariant(EXAMPLE), 3);
  const s = (performance.now() - started) / 1000;
  console.log(`c-variant 1. agreement: ${a.models} prototypes with a function model (seed ${SEED}, kernel and user): ${a.agree} placed alike by ${EXAMPLE} and linux-afdbb4cdd3d2-2026-09, ${a.models - a.agree} differ (${s.toFixed(1)} s)`);
  for (const d of a.differ) console.log(`   differs on '${d.model}': ts ${JSON.stringify(d.ts)} c ${JSON.stringify(d.c)}`);
}

async function costFigure(batches = 3, size = 200): Promise<void> {
  // A fresh path for the same file: a helper of its own, compiled on the first batch.
  const c = cVariant(`./${EXAMPLE}`);
  let helperMs = 0;
  let compileMs = 0;
  let first = true;
  const timed: Variant = {
    ...c,
    prepare: async (models) => {
      const t = performance.now();
      await c.prepare!(models);
      const ms = performance.now() - t;
      if (first) compileMs = ms;
      else helperMs += ms;
      first = false;
    },
  };
  const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0', 'O2'], 'kernel');
  const req = { variants: [timed], modes: TRAMPOLINE_MODES };
  let jitMs = 0;
  for (let b = 0; b <= batches; b++) {
    const inputs = [...Array(size).keys()].map((i) => prototypeAt(SEED, b * size + i, 'kernel'));
    const built = await buildBatch(inputs, withJitHarness({ configs }, req));
    try {
      const { observations } = await runBatch(built);
      const t = performance.now();
      await runJitStage(built, observations, req);
      // The first batch pays for compiling the C: a warm-up.
      if (b > 0) jitMs += performance.now() - t;
    } finally {
      await built.cleanup();
    }
  }
  console.log(`c-variant 2. cost: ${batches} batches of ${size} kernel-profile prototypes, ${configs.length} configs, fentry/fexit/fmod_ret: JIT stage ${(jitMs / 1000).toFixed(2)} s, of which the helper ${(helperMs / 1000).toFixed(3)} s = ${((100 * helperMs) / jitMs).toFixed(1)}% (target <= 10%); compiling ${EXAMPLE} once: ${(compileMs / 1000).toFixed(2)} s`);
}

await agreementFigure();
await costFigure();
