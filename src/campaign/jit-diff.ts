// Two trampoline variants side by side over a campaign's prototypes: every prototype where
// they behave differently is written out, with what ground truth says about each; then the
// differences are grouped by cause (which verdict became which, about what kind of value),
// one prototype of each group is minimized, and groups whose minimized prototypes show the
// same cause merge. That list is what a developer pastes into a patch's cover letter.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { printFunction, printHeader } from '../c/print.js';
import { scopeOf } from '../c/scope.js';
import type { PrototypeInput } from '../data/prototype.js';
import { featuresOf } from '../diff/features.js';
import { causeOf, diffVariants, type VariantDifference } from '../jit/diff-variants.js';
import { judgeable } from '../diff/compare-jit.js';
import { compareConfigs } from '../diff/compare-configs.js';
import { compareModel } from '../diff/compare-model.js';
import { modelView } from '../model/view.js';
import type { JitRequest } from '../jit/plan.js';
import { minimizeDifference } from '../shrink/minimize-difference.js';
import { observeBatches } from './batches.js';
import { beforeDeadline, nextBatch, type Plan } from './plan.js';
import { prototypeAt, shardIndices } from './source.js';
import { prepareOutput } from './store.js';

export interface Differing { origin: string; prototype: string; file: string; differences: VariantDifference[] }

/** Differences of one cause: how many prototypes showed it, and the smallest one that does. */
export interface CauseGroup {
  cause: string;
  /** Type features of the value the corrupting side gets wrong (none for a refusal difference). */
  features: string[];
  /** NEW corrupts where OLD was right or refused. */
  regression: boolean;
  count: number;
  origins: string[];
  /** Minimized (unless --no-minimize), as C. */
  prototype: string;
  file: string;
}

export interface JitDiffSummary {
  schema: 'abifuzz-jit-diff/2';
  old: string;
  new: string;
  seed: number;
  checked: number;
  differing: number;
  /** Prototypes where NEW corrupts what OLD got right or refused. */
  regressions: number;
  seconds: number;
  prototypes: Differing[];
  causes: CauseGroup[];
}

/** The difference a prototype is filed under: its first regression, else its first difference. */
const primary = (ds: VariantDifference[]): VariantDifference => ds.find((d) => d.regression) ?? ds[0]!;

/** What the difference is about: the features of the value the corrupting side wrongs. */
function culpritFeatures(input: PrototypeInput, d: VariantDifference): string[] {
  const v = d.new.kind === 'corrupts' ? d.new : d.old.kind === 'corrupts' ? d.old : undefined;
  if (!v) return [];
  const type = v.arg !== undefined ? input.fn.params[v.arg]?.type : input.fn.ret;
  return type ? featuresOf(scopeOf(input.header), type) : [];
}

interface Pending { d: VariantDifference; input: PrototypeInput; origins: string[] }

/** `jit` holds the two variants, old first; differing prototypes go to `out`/jit-diff. */
export async function runJitDiff(plan: Plan, jit: JitRequest, out: string, started = Date.now()): Promise<JitDiffSummary> {
  const [oldName, newName] = jit.variants.map((v) => v.name) as [string, string];
  const profile = plan.configs[0]!.profile;
  const dir = await prepareOutput(out, 'jit-diff');
  const indices = shardIndices(plan.shard);
  const next = (): PrototypeInput[] => nextBatch(indices, plan).map((i) => prototypeAt(plan.seed, i, profile));
  const differing: Differing[] = [];
  const groups = new Map<string, Pending>();
  let checked = 0;
  for await (const { inputs, observations, jit: outcomes } of observeBatches(next, { configs: plan.configs, jobs: plan.jobs, jit }, () => beforeDeadline(plan))) {
    for (const obs of observations) {
      const input = inputs[obs.index]!;
      // A config that deviates from the model was given wrong facts by both variants alike;
      // one whose caller and callee disagree has no value either variant should have seen.
      const model = compareModel(obs, input, modelView(input, plan.configs[0]!.target));
      const differences = diffVariants(judgeable(outcomes?.[obs.index] ?? [], [...compareConfigs(obs), ...model]), oldName, newName);
      if (differences.length === 0) continue;
      const file = join(dir, `diff-${differing.length + 1}.h`);
      await writeFile(file, `/* abifuzz jit-diff ${oldName} ${newName}: ${input.origin} */\n${printHeader(input.header)}`);
      differing.push({ origin: input.origin, prototype: printFunction(input.fn).trim(), file, differences });
      const d = primary(differences);
      const key = `${causeOf(d)}|${culpritFeatures(input, d).join(',')}`;
      const g = groups.get(key);
      if (g) g.origins.push(input.origin);
      else groups.set(key, { d, input, origins: [input.origin] });
    }
    checked += inputs.length;
  }
  const causes = await groupCauses([...groups.values()], plan, jit, dir);
  const regressions = differing.filter((d) => d.differences.some((x) => x.regression)).length;
  return { schema: 'abifuzz-jit-diff/2', old: oldName, new: newName, seed: plan.seed, checked, differing: differing.length, regressions, seconds: (Date.now() - started) / 1000, prototypes: differing, causes };
}

/** Minimizes one prototype per group; groups whose minimized prototypes read alike merge. */
async function groupCauses(pending: Pending[], plan: Plan, jit: JitRequest, dir: string): Promise<CauseGroup[]> {
  const merged = new Map<string, CauseGroup>();
  for (const p of pending) {
    const cause = causeOf(p.d);
    const config = plan.configs.find((c) => c.id === p.d.config)!;
    const m = plan.minimize ? await minimizeDifference(p.input, cause, config, jit) : undefined;
    const [input, d] = m?.difference ? [m.input, m.difference] : [p.input, p.d];
    const features = culpritFeatures(input, d);
    const key = `${cause}|${features.join(',')}`;
    const known = merged.get(key);
    if (known) {
      known.count += p.origins.length;
      known.origins.push(...p.origins);
      continue;
    }
    const file = join(dir, `cause-${merged.size + 1}.h`);
    await writeFile(file, `/* abifuzz jit-diff ${jit.variants.map((v) => v.name).join(' ')}: ${cause}, ${d.mode} ${d.config}; ${p.origins[0]}${m?.difference ? ', minimized' : ''} */\n${printHeader(input.header)}`);
    merged.set(key, { cause, features, regression: d.regression, count: p.origins.length, origins: [...p.origins], prototype: printFunction(input.fn).trim(), file });
  }
  return [...merged.values()].sort((a, b) => Number(b.regression) - Number(a.regression) || b.count - a.count);
}
