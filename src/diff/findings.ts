// Every finding one observed prototype shows, signed: compiler against compiler, against
// the model, and the trampoline variants against ground truth. The one place that
// decides what "the findings of a prototype" means for check, fuzz, minimize and replay.
import type { PrototypeObservation } from '../data/observation.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { JitOutcome } from '../data/jit-outcome.js';
import { compareConfigs } from './compare-configs.js';
import { compareJit } from './compare-jit.js';
import { compareModel } from './compare-model.js';
import { modelView, type ModelView } from '../model/view.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import type { Config } from '../toolchains/config.js';
import { signFindings, type SignedFinding } from './signature.js';

/** What else a prototype was checked with: the model's answer (computed when absent), the trampoline runs. */
export interface Judged {
  view?: ModelView;
  jit?: readonly JitOutcome[];
}

/** `configs`: every config of the run (their target is the model's). */
export function findingsFor(obs: PrototypeObservation, input: PrototypeInput, configs: readonly Config[], { view, jit = [] }: Judged = {}): SignedFinding[] {
  const model = compareModel(obs, input, view ?? modelView(input, configs[0]?.target ?? DEFAULT_TARGET));
  const between = compareConfigs(obs);
  return signFindings([...between, ...model, ...compareJit(obs, jit, [...between, ...model])], input, configs.map((c) => c.id));
}
