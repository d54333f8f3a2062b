// Every finding one observed prototype shows, signed: compiler against compiler, against
// the model, and the trampoline variants against ground truth. The one place that
// decides what "the findings of a prototype" means for check, fuzz, minimize and replay.
import type { PrototypeObservation } from '../oracle/observe.js';
import type { PrototypeInput } from '../oracle/plan.js';
import { compareConfigs } from './compare-configs.js';
import { compareJit } from './compare-jit.js';
import { compareModel, type ModelView } from './compare-model.js';
import { signFindings, type SignedFinding } from './signature.js';

export function findingsFor(obs: PrototypeObservation, input: PrototypeInput, runConfigs: string[], view?: ModelView): SignedFinding[] {
  const model = compareModel(obs, input, view);
  return signFindings([...compareConfigs(obs), ...model, ...compareJit(obs, model)], input, runConfigs);
}
