// Trampoline findings: every (variant, check, argument) that went wrong in some config,
// naming the configs and modes where it did. A refusal is not a finding. The function
// model every variant gets is derived from abifuzz's layout engine (gcc's layout), and
// `reference` also from its AAPCS64 model; where a config deviates from that model its
// trampolines were given the wrong facts, so its verdicts say nothing about the JIT and
// are left out (the model-mismatch finding covers it). Pure.
import type { JitOutcome, JitProblem } from '../data/jit-outcome.js';
import type { PrototypeObservation } from '../data/observation.js';
import type { Finding, FindingKind } from './compare-configs.js';

type Ran = Extract<JitOutcome, { status: 'ran' }>;

/** The configs whose trampoline runs say nothing about the JIT: they deviate from the model. */
export function deviatingConfigs(modelFindings: readonly Finding[]): Set<string> {
  return new Set(modelFindings.filter((f) => f.kind === 'model-mismatch').flatMap((f) => f.configs));
}

export function compareJit(obs: PrototypeObservation, outcomes: readonly JitOutcome[], modelFindings: Finding[]): Finding[] {
  const deviating = deviatingConfigs(modelFindings);
  const judged = outcomes.filter((o): o is Ran => o.status === 'ran' && !deviating.has(o.config));
  const byCause = new Map<string, { problem: JitProblem; variant: string; configs: Set<string>; modes: Set<string> }>();
  for (const o of judged) {
    for (const p of o.problems) {
      const key = `${o.variant}|${p.check}|${p.arg ?? 'ret'}`;
      let c = byCause.get(key);
      if (!c) byCause.set(key, (c = { problem: p, variant: o.variant, configs: new Set(), modes: new Set() }));
      c.configs.add(o.config);
      c.modes.add(o.mode);
    }
  }
  return [...byCause.values()].map(({ problem, variant, configs, modes }): Finding => ({
    kind: `jit-${problem.check}` as FindingKind,
    function: obs.name,
    origin: obs.origin,
    configs: [...configs],
    arg: problem.arg,
    variant,
    detail: `${variant} (${[...modes].join(', ')}): ${problem.detail}`,
  }));
}
