// `check` and `explain` on one file: every prototype through the oracle with the given
// configs (none: the model alone), the JIT stage when asked, the model beside them, each
// config's dialect checked against what it did, and every finding with its root cause
// when the dialects explain it, as one report.
import { functionsOf } from '../c/ir.js';
import type { PrototypeObservation } from '../data/observation.js';
import type { PrototypeInput } from '../data/prototype.js';
import { dialectFacing } from '../model/dialect.js';
import { modelView } from '../model/view.js';
import { switchesMoving } from '../model/moved-by.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import type { Dialect, Target } from '../targets/target.js';
import { configMisses } from '../diff/dialect-check.js';
import { findingsFor } from '../diff/findings.js';
import { rootCauser } from '../diff/root-cause.js';
import { runOracleAndJit } from '../jit/harness/run.js';
import type { JitRequest } from '../jit/plan.js';
import type { Config, Profile } from '../toolchains/config.js';
import { UserError } from '../user-error.js';
import { dialectsOf } from './plan.js';
import { readHeaderFile } from './read-file.js';
import { buildReport, type CheckReport, type DialectReport } from './report.js';

export interface CheckFileOptions {
  jit?: JitRequest;
  /** The model speaks this dialect (explain --as CONFIG) instead of the convention's text. */
  as?: Dialect;
  /** The target the model speaks for with no config (default: the configs', else aarch64). */
  target?: Target;
}

export async function checkFile(file: string, profile: Profile, configs: Config[], o: CheckFileOptions = {}): Promise<CheckReport> {
  const header = await readHeaderFile(file);
  const fns = functionsOf(header);
  if (fns.length === 0) throw new UserError(`${file}: no function prototypes found`);
  const inputs = fns.map((fn) => ({ origin: `${file}:${fn.name}`, header, fn }));
  const target = configs[0]?.target ?? o.target ?? DEFAULT_TARGET;
  const models = inputs.map((input) => modelView(input, target, true, o.as));
  const movedBy = o.as ? inputs.map((input) => switchesMoving(input, target, o.as!)) : undefined;
  const modelOnly = (): PrototypeObservation[] => inputs.map((i, index) => ({ index, origin: i.origin, name: i.fn.name, configs: [] }));
  const result = configs.length > 0 ? await runOracleAndJit(inputs, { configs, jit: o.jit }) : { observations: modelOnly(), jit: undefined };
  const dialects = dialectsOf(configs);
  const findings = result.observations.flatMap((obs, i) => {
    const cause = rootCauser(obs, inputs[i]!, target, dialects);
    // The text's model judges the configs: findings against a dialect would hide what it explains.
    return findingsFor(obs, inputs[i]!, configs, { view: o.as ? modelView(inputs[i]!, target) : models[i], jit: result.jit?.[i] }).map((f) => {
      const rootCause = cause(f);
      return rootCause ? { ...f, rootCause: [...rootCause] } : f;
    });
  });
  const dialectReports = result.observations.map((obs, i) => dialectsReport(obs, inputs[i]!, dialects, target));
  return buildReport(file, profile, configs, fns, result.observations, findings, models, { jit: result.jit, dialects: dialectReports, movedBy });
}

/** Per config that ran: its dialect's switches, and where the dialect's model missed what it did. */
function dialectsReport(obs: PrototypeObservation, input: PrototypeInput, dialects: ReadonlyMap<string, Dialect>, target: Config['target']): Record<string, DialectReport> {
  const out: Record<string, DialectReport> = {};
  for (const c of obs.configs) {
    if (c.status !== 'ok') continue;
    const d = dialectFacing(dialects.get(c.config)!, c);
    const misses = configMisses(c, modelView(input, target, false, d));
    out[c.config] = { switches: d.switches.map((s) => s.name), predicted: misses.length === 0, misses, ...(c.selectorFellBack ? { selectorFellBack: true } : {}) };
  }
  return out;
}
