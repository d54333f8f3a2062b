// Trampoline findings: every (variant, check, argument) that went wrong in some config,
// naming the configs and modes where it did. A refusal is not a finding. The function
// model every variant gets is derived from abifuzz's layout engine (gcc's layout), and
// `reference` also from its AAPCS64 model; where a config deviates from that model its
// trampolines were given the wrong facts, so its verdicts say nothing about the JIT and
// are left out (the model-mismatch finding covers it).
//
// With a BTF filter (--btf-filter) only what BTF would show is judged: a function the
// filter keeps and a variant misplaces an argument of is a `jit-btf-hole` (the filter let
// the bug through); a function it drops is no one's problem unless the variant places
// every argument right in every run, which is a `btf-overcautious` finding (tracing lost
// for nothing). Pure.
import type { JitOutcome, JitProblem } from '../data/jit-outcome.js';
import type { PrototypeObservation } from '../data/observation.js';
import type { Finding, FindingKind } from './compare-configs.js';

type Ran = Extract<JitOutcome, { status: 'ran' }>;

/**
 * The configs whose trampoline runs say nothing about the JIT: they deviate from the
 * model, or their own callers and callees disagree (a compiler bug: clang 14 and 16 on a
 * union of a _BitInt, corpus/compiler-bugs/clang14-16-bitint-union-high-bits.h), so no
 * value is the one the trampoline should have seen.
 */
export function deviatingConfigs(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.kind === 'model-mismatch') for (const c of f.configs) out.add(c);
    if (f.kind === 'caller-callee') for (const [caller, callee] of f.pairs ?? []) if (caller === callee) out.add(caller);
  }
  return out;
}

/** A misplaced argument: what a BTF filter exists to keep programs away from. */
const misplaces = (p: JitProblem): boolean => p.arg !== undefined && (p.check === 'ctx' || p.check === 'forward');

/** The finding kind a problem of a run becomes. */
export function problemKind(o: Ran, p: JitProblem): FindingKind {
  return o.btf !== undefined && misplaces(p) ? 'jit-btf-hole' : (`jit-${p.check}` as FindingKind);
}

interface Cause { kind: FindingKind; problem: JitProblem; variant: string; configs: Set<string>; modes: Set<string> }

/** The outcomes that say something about the JIT: every one but the runs in configs that deviate from the model. */
export function judgeable(outcomes: readonly JitOutcome[], findings: readonly Finding[]): JitOutcome[] {
  const deviating = deviatingConfigs(findings);
  return outcomes.filter((o) => o.status !== 'ran' || !deviating.has(o.config));
}

/** `findings`: the prototype's own (model-mismatch, caller-callee), which say whose runs are judged. */
export function compareJit(obs: PrototypeObservation, outcomes: readonly JitOutcome[], findings: Finding[]): Finding[] {
  const judged = judgeable(outcomes, findings).filter((o): o is Ran => o.status === 'ran');
  const byCause = new Map<string, Cause>();
  for (const o of judged.filter((x) => x.btf?.dropped === undefined)) {
    for (const p of o.problems) {
      const kind = problemKind(o, p);
      const key = `${o.variant}|${kind}|${p.arg ?? 'ret'}`;
      let c = byCause.get(key);
      if (!c) byCause.set(key, (c = { kind, problem: p, variant: o.variant, configs: new Set(), modes: new Set() }));
      c.configs.add(o.config);
      c.modes.add(o.mode);
    }
  }
  const found = [...byCause.values()].map(({ kind, problem, variant, configs, modes }): Finding => ({
    kind, function: obs.name, origin: obs.origin, configs: [...configs], arg: problem.arg, variant,
    detail: `${variant} (${[...modes].join(', ')}): ${problem.detail}`,
  }));
  return [...found, ...overcautious(obs, judged)];
}

/** Per variant: the filter dropped the function, yet every judged run placed every argument right. */
function overcautious(obs: PrototypeObservation, judged: Ran[]): Finding[] {
  const byVariant = new Map<string, Ran[]>();
  for (const o of judged.filter((x) => x.btf?.dropped !== undefined)) byVariant.set(o.variant, [...(byVariant.get(o.variant) ?? []), o]);
  return [...byVariant].filter(([, runs]) => runs.every((o) => !o.problems.some(misplaces))).map(([variant, runs]): Finding => {
    const dropped = runs[0]!.btf!.dropped!;
    return {
      kind: 'btf-overcautious', function: obs.name, origin: obs.origin, configs: [...new Set(runs.map((o) => o.config))], arg: dropped.arg, variant,
      detail: `${variant} places every argument right, but ${dropped.reason}`,
    };
  });
}
