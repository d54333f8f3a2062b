// `abifuzz jit-diff OLD NEW`: fuzz two trampoline variants side by side and report every
// prototype where they behave differently, with what ground truth says about each. Exit
// 1 when NEW corrupts something OLD got right or refused (a regression), else 0.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { observeBatches } from '../campaign/batches.js';
import { prototypeAt, shardIndices } from '../campaign/source.js';
import { printFunction, printHeader } from '../c/print.js';
import { describeVerdict, diffVariants, type VariantDifference } from '../jit/diff-variants.js';
import { variantsByName } from '../jit/variants/index.js';
import type { PrototypeInput } from '../data/prototype.js';
import { beforeDeadline, nextBatch, planOf, type FuzzOptions } from './fuzz.js';
import { parseModes } from './jit-options.js';
import { UserError } from './user-error.js';

export type JitDiffOptions = Omit<FuzzOptions, 'jit' | 'corpus' | 'junit' | 'minimize'>;

interface Differing { origin: string; prototype: string; file: string; differences: VariantDifference[] }

export async function jitDiffCommand(oldName: string, newName: string, o: JitDiffOptions): Promise<number> {
  if (oldName === newName) throw new UserError(`jit-diff compares two different variants, got '${oldName}' twice`);
  const started = Date.now();
  const variants = [...variantsByName(oldName), ...variantsByName(newName)];
  const plan = await planOf({ ...o, minimize: false }, started);
  const jit = { variants, modes: parseModes(o.jitModes) };
  const profile = plan.configs[0]!.profile;
  const dir = join(o.out, 'jit-diff');
  await mkdir(dir, { recursive: true });
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
  const summary = { schema: 'abifuzz-jit-diff/1', old: oldName, new: newName, seed: plan.seed, checked, differing: differing.length, regressions, seconds: (Date.now() - started) / 1000, prototypes: differing };
  process.stdout.write(o.json ? JSON.stringify(summary, null, 2) + '\n' : formatDiff(summary, oldName, newName));
  return regressions > 0 ? 1 : 0;
}

function formatDiff(s: { checked: number; differing: number; regressions: number; seed: number; seconds: number; prototypes: Differing[] }, oldName: string, newName: string): string {
  const lines: string[] = [];
  for (const d of s.prototypes) {
    lines.push(`${d.prototype}    [${d.origin}, ${d.file}]`);
    for (const x of d.differences) {
      lines.push(`  ${x.mode} ${x.config}${x.regression ? '  REGRESSION' : ''}`);
      lines.push(`    ${oldName}: ${describeVerdict(x.old)}`);
      lines.push(`    ${newName}: ${describeVerdict(x.new)}`);
    }
  }
  lines.push(`${s.checked} prototypes (seed ${s.seed}) in ${s.seconds.toFixed(0)} s: ${s.differing} behave differently under ${oldName} and ${newName}, ${s.regressions} with a regression in ${newName}`);
  return lines.join('\n') + '\n';
}
