// `check` and `explain` on one file: every prototype through the oracle with the given
// configs (none: the model alone), the JIT stage when asked, the model beside them, and
// every finding, as one report.
import { functionsOf } from '../c/ir.js';
import type { PrototypeObservation } from '../data/observation.js';
import { modelView } from '../model/view.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import { findingsFor } from '../diff/findings.js';
import { runOracleAndJit } from '../jit/harness/run.js';
import type { JitRequest } from '../jit/plan.js';
import type { Config, Profile } from '../toolchains/config.js';
import { UserError } from '../user-error.js';
import { readHeaderFile } from './read-file.js';
import { buildReport, type CheckReport } from './report.js';

export async function checkFile(file: string, profile: Profile, configs: Config[], jit?: JitRequest): Promise<CheckReport> {
  const header = await readHeaderFile(file);
  const fns = functionsOf(header);
  if (fns.length === 0) throw new UserError(`${file}: no function prototypes found`);
  const inputs = fns.map((fn) => ({ origin: `${file}:${fn.name}`, header, fn }));
  const target = configs[0]?.target ?? DEFAULT_TARGET;
  const models = inputs.map((input) => modelView(input, target, true));
  const modelOnly = (): PrototypeObservation[] => inputs.map((i, index) => ({ index, origin: i.origin, name: i.fn.name, configs: [] }));
  const result = configs.length > 0 ? await runOracleAndJit(inputs, { configs, jit }) : { observations: modelOnly(), jit: undefined };
  const ids = configs.map((c) => c.id);
  const findings = result.observations.flatMap((o, i) => findingsFor(o, inputs[i]!, configs, { view: models[i], jit: result.jit?.[i] }));
  return buildReport(file, profile, configs, fns, result.observations, findings, models, result.jit);
}
