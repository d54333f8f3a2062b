// What each variant did with one prototype, as the JIT integration tests compare it.
import type { JitOutcome } from '../../src/data/jit-outcome.js';

/** variant -> 'correct' | 'refused' | 'not-run' | the checks that failed (`ctx:7`), over every config and mode. */
export function verdicts(outcomes: JitOutcome[]): Record<string, string> {
  const out: Record<string, Set<string>> = {};
  for (const o of outcomes) {
    const v = (out[o.variant] ??= new Set());
    if (o.status !== 'ran') v.add(o.status);
    else if (o.problems.length === 0) v.add('correct');
    else for (const p of o.problems) v.add(`${p.check}${p.arg === undefined ? '' : `:${p.arg + 1}`}`);
  }
  return Object.fromEntries(Object.entries(out).map(([k, s]) => [k, [...s].sort().join(' ')]));
}
