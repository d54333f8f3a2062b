// Minimizes one finding of a campaign. The search runs with one representative config per
// compiler and side of the finding (2-3 compiles a round instead of one per configured
// config) and keeps the finding's bucket as seen by those configs; the result is then
// checked once with every config, and the finding of the same bucket it shows there is
// what gets written.
import { compilerOf, type SignedFinding } from '../diff/signature.js';
import { MODEL } from '../diff/compare-model.js';
import type { PrototypeInput } from '../oracle/plan.js';
import type { Config } from '../oracle/toolchains.js';
import { minimize } from './minimize.js';
import { findingsOf, oracleKeeps } from './oracle-keeps.js';
import { sizeOf } from './size.js';
import type { JitRequest } from '../jit/plan.js';

export interface MinimizedFinding {
  input: PrototypeInput;
  finding: SignedFinding;
  /** Every finding the minimized prototype shows with all configs (its replay verdict). */
  all: SignedFinding[];
  rounds: number;
  seconds: number;
  size: { before: number; after: number };
}

/**
 * One config per compiler from each side of the finding: enough to see it, few enough to
 * be quick. Per compiler, not per side: where every compiler stands against the model, one
 * config alone could not tell that finding from one where the others side with the model.
 * Caller-callee pairs split by compiler, so their configs count as one side.
 */
export function representatives(f: SignedFinding): string[] {
  const sides = f.groups?.map((g) => g.configs) ?? (f.pairs ? [f.pairs.flat()] : [f.configs]);
  const picks = sides.flatMap((side) => {
    const configs = side.filter((c) => c !== MODEL);
    return configs.filter((c, i) => configs.findIndex((d) => compilerOf(d) === compilerOf(c)) === i);
  });
  return [...new Set(picks)];
}

/** The same kind of finding about the same kind of value, told apart by the same configs. */
function sameAs(f: SignedFinding, reps: string[]): (g: SignedFinding) => boolean {
  const split = (x: SignedFinding): string => {
    const sides = x.groups?.map((g) => g.configs) ?? x.pairs ?? [x.configs];
    return sides.map((side) => side.filter((c) => reps.includes(c) || c === MODEL).sort().join('+')).filter(Boolean).sort().join(' vs ');
  };
  const [kind, value] = f.bucket.split('|');
  const target = split(f);
  return (g) => g.kind === kind && g.variant === f.variant && g.bucket.split('|')[1] === value && split(g) === target;
}

/** `jit`: the campaign's trampoline request; the search runs only the finding's own variant. */
export async function minimizeFinding(f: SignedFinding, input: PrototypeInput, configs: Config[], maxRounds = 25, jit?: JitRequest): Promise<MinimizedFinding> {
  const started = Date.now();
  const reps = representatives(f);
  const repConfigs = configs.filter((c) => reps.includes(c.id));
  const own = jit && f.variant !== undefined ? { ...jit, variants: jit.variants.filter((v) => v.name === f.variant) } : undefined;
  const { result, rounds } = await minimize(input, oracleKeeps(sameAs(f, reps), repConfigs, { jit: own }), { maxRounds });
  const [full] = await findingsOf([result], configs, { jit });
  // With every config the bucket itself can be checked, split and all.
  const finding = full?.find((g) => g.bucket === f.bucket);
  const seconds = (Date.now() - started) / 1000;
  // Should the full run not show it (a flaky emulator run), keep the original as found.
  if (!finding) return { input, finding: f, all: [f], rounds, seconds, size: { before: sizeOf(input), after: sizeOf(input) } };
  return { input: result, finding, all: full!, rounds, seconds, size: { before: sizeOf(input), after: sizeOf(result) } };
}
