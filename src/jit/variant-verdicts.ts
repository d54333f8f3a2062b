// What each variant did with one prototype, over every config and mode, as a corpus entry
// records it (`Expect-jit: VARIANT: correct, refused`): `correct` and `refused` runs, `not-run`
// ones, `not-in-btf` under a BTF filter that drops the function, and for a run that went
// wrong the finding kinds of its problems. Runs in configs that deviate from the model are
// not judged (compare-jit.ts). Pure.
import type { JitOutcome } from '../data/jit-outcome.js';
import { problemKind } from '../diff/compare-jit.js';
import { FINDING_KINDS } from '../diff/compare-configs.js';

/** Every word an `Expect-jit:` line may hold. */
export const VERDICT_WORDS: readonly string[] = ['correct', 'refused', 'not-run', 'not-in-btf', ...FINDING_KINDS.filter((k) => k.startsWith('jit-'))];

export function variantVerdicts(outcomes: readonly JitOutcome[], deviating: ReadonlySet<string>): Map<string, string[]> {
  const by = new Map<string, Set<string>>();
  for (const o of outcomes) {
    if (o.status === 'ran' && deviating.has(o.config)) continue;
    const words = by.get(o.variant) ?? new Set<string>();
    by.set(o.variant, words);
    if (o.btf?.dropped) words.add('not-in-btf');
    else if (o.status !== 'ran') words.add(o.status);
    else if (o.problems.length === 0) words.add('correct');
    else for (const p of o.problems) words.add(problemKind(o, p));
  }
  return new Map([...by].map(([v, words]) => [v, [...words].sort()]));
}
