// The shrinker's one impure part: "does this prototype still show the finding?" answered by
// the real compilers. A batch runs through the oracle once; a candidate keeps the finding
// when any of its findings (compiler against compiler, or against the model) passes `same`.
import { findingsFor } from '../diff/findings.js';
import type { SignedFinding } from '../diff/signature.js';
import { runOracleAndJit } from '../jit/harness/run.js';
import type { JitRequest } from '../jit/plan.js';
import type { OracleOptions } from '../oracle/oracle.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { Config } from '../toolchains/config.js';
import type { Dialect } from '../targets/target.js';
import { rootCauser } from '../diff/root-cause.js';
import type { Keeps } from './minimize.js';

/** Every finding of each prototype of a batch, signed against the batch's configs. */
/**
 * How a batch is checked: the oracle's options, the trampolines to run after it, and with
 * `unexplainedBy` (config -> dialect) only the findings no dialect explains.
 */
export type CheckOptions = Omit<OracleOptions, 'configs' | 'compileOnly'> & { jit?: JitRequest; unexplainedBy?: ReadonlyMap<string, Dialect> };

export async function findingsOf(batch: PrototypeInput[], configs: Config[], { unexplainedBy, ...opts }: CheckOptions = {}): Promise<SignedFinding[][]> {
  if (batch.length === 0) return [];
  const { observations, jit } = await runOracleAndJit(batch, { ...opts, configs });
  return observations.map((o, i) => {
    const all = findingsFor(o, batch[i]!, configs, { jit: jit?.[i] });
    if (!unexplainedBy) return all;
    const cause = rootCauser(o, batch[i]!, configs[0]!.target, unexplainedBy);
    return all.filter((f) => cause(f) === undefined);
  });
}

export function oracleKeeps(same: (f: SignedFinding) => boolean, configs: Config[], opts: CheckOptions = {}): Keeps {
  return async (batch) => (await findingsOf(batch, configs, opts)).map((fs) => fs.some(same));
}
