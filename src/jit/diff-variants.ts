// Two trampoline variants side by side on the same prototypes: where they behave
// differently (one refuses, or they leave different things wrong), and which of them
// ground truth sides with. What a developer reads before sending a JIT patch. Pure.
import type { JitOutcome } from '../data/jit-outcome.js';

export type Verdict =
  | { kind: 'refused'; why: string }
  | { kind: 'correct' }
  /** `checks`: what went wrong (ctx, forward, ret, regs, crash); `arg`: the first parameter wronged, if any. */
  | { kind: 'corrupts'; what: string[]; checks: string[]; arg?: number }
  | { kind: 'not-run'; why: string };

export interface VariantDifference {
  config: string;
  mode: string;
  old: Verdict;
  new: Verdict;
  /** A regression: the new variant corrupts where the old one was correct or refused. */
  regression: boolean;
}

export function verdictOf(o: JitOutcome): Verdict {
  if (o.status === 'refused') return { kind: 'refused', why: o.reason };
  if (o.status === 'not-run') return { kind: 'not-run', why: o.reason };
  if (o.problems.length === 0) return { kind: 'correct' };
  const arg = o.problems.find((p) => p.arg !== undefined)?.arg;
  const checks = [...new Set(o.problems.map((p) => p.check))].sort();
  return { kind: 'corrupts', what: o.problems.map((p) => p.detail), checks, ...(arg === undefined ? {} : { arg }) };
}

/** A verdict as a cause reads it: what kind, and for a corruption which checks. */
const verdictClass = (v: Verdict): string => (v.kind === 'corrupts' ? `corrupts ${v.checks.join('+')}` : v.kind);

/** The cause of a difference, what jit-diff groups by: `correct -> corrupts ctx+forward`. */
export const causeOf = (d: VariantDifference): string => `${verdictClass(d.old)} -> ${verdictClass(d.new)}`;

const sameVerdict = (a: Verdict, b: Verdict): boolean =>
  a.kind === b.kind && (a.kind !== 'corrupts' || (b.kind === 'corrupts' && a.what.join('\n') === b.what.join('\n')));

export function diffVariants(outcomes: JitOutcome[], oldName: string, newName: string): VariantDifference[] {
  const key = (o: JitOutcome): string => `${o.config}|${o.mode}`;
  const olds = new Map(outcomes.filter((o) => o.variant === oldName).map((o) => [key(o), o]));
  const out: VariantDifference[] = [];
  for (const n of outcomes.filter((o) => o.variant === newName)) {
    const o = olds.get(key(n));
    if (!o) continue;
    const [a, b] = [verdictOf(o), verdictOf(n)];
    if (sameVerdict(a, b)) continue;
    out.push({ config: n.config, mode: n.mode, old: a, new: b, regression: b.kind === 'corrupts' && a.kind !== 'corrupts' });
  }
  return out;
}

export function describeVerdict(v: Verdict): string {
  switch (v.kind) {
    case 'refused': return `refuses (${v.why})`;
    case 'not-run': return `not run (${v.why})`;
    case 'correct': return 'correct';
    case 'corrupts': return `corrupts: ${v.what.join('; ')}`;
  }
}
