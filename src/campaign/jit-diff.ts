// Two trampoline variants side by side over a campaign's prototypes: every prototype where
// they behave differently is written out, with what ground truth says about each.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { printFunction, printHeader } from '../c/print.js';
import type { PrototypeInput } from '../data/prototype.js';
import { diffVariants, type VariantDifference } from '../jit/diff-variants.js';
import type { JitRequest } from '../jit/plan.js';
import { observeBatches } from './batches.js';
import { beforeDeadline, nextBatch, type Plan } from './plan.js';
import { prototypeAt, shardIndices } from './source.js';
import { prepareOutput } from './store.js';

export interface Differing { origin: string; prototype: string; file: string; differences: VariantDifference[] }

export interface JitDiffSummary {
  schema: 'abifuzz-jit-diff/1';
  old: string;
  new: string;
  seed: number;
  checked: number;
  differing: number;
  /** Prototypes where NEW corrupts what OLD got right or refused. */
  regressions: number;
  seconds: number;
  prototypes: Differing[];
}

/** `jit` holds the two variants, old first; differing prototypes go to `out`/jit-diff. */
export async function runJitDiff(plan: Plan, jit: JitRequest, out: string, started = Date.now()): Promise<JitDiffSummary> {
  const [oldName, newName] = jit.variants.map((v) => v.name) as [string, string];
  const profile = plan.configs[0]!.profile;
  const dir = await prepareOutput(out, 'jit-diff');
  const indices = shardIndices(plan.shard);
  const next = (): PrototypeInput[] => nextBatch(indices, plan).map((i) => prototypeAt(plan.seed, i, profile));
  const differing: Differing[] = [];
  let checked = 0;
  for await (const { inputs, observations, jit: outcomes } of observeBatches(next, { configs: plan.configs, jobs: plan.jobs, jit }, () => beforeDeadline(plan))) {
    for (const obs of observations) {
      const differences = diffVariants(outcomes?.[obs.index] ?? [], oldName, newName);
      if (differences.length === 0) continue;
      const input = inputs[obs.index]!;
      const file = join(dir, `diff-${differing.length + 1}.h`);
      await writeFile(file, `/* abifuzz jit-diff ${oldName} ${newName}: ${input.origin} */\n${printHeader(input.header)}`);
      differing.push({ origin: input.origin, prototype: printFunction(input.fn).trim(), file, differences });
    }
    checked += inputs.length;
  }
  const regressions = differing.filter((d) => d.differences.some((x) => x.regression)).length;
  return { schema: 'abifuzz-jit-diff/1', old: oldName, new: newName, seed: plan.seed, checked, differing: differing.length, regressions, seconds: (Date.now() - started) / 1000, prototypes: differing };
}
