// The shrinker's one impure part: "does this prototype still show the finding?" answered by
// the real compilers. A batch runs through the oracle once; a candidate keeps the finding
// when any of its findings (compiler against compiler, or against the model) passes `same`.
import { findingsFor } from '../diff/findings.js';
import type { SignedFinding } from '../diff/signature.js';
import { runOracle, type OracleOptions } from '../oracle/oracle.js';
import type { PrototypeInput } from '../oracle/plan.js';
import type { Config } from '../oracle/toolchains.js';
import type { Keeps } from './minimize.js';

/** Every finding of each prototype of a batch, signed against the batch's configs. */
export async function findingsOf(batch: PrototypeInput[], configs: Config[], opts: Omit<OracleOptions, 'configs' | 'compileOnly'> = {}): Promise<SignedFinding[][]> {
  if (batch.length === 0) return [];
  const ids = configs.map((c) => c.id);
  const { observations } = await runOracle(batch, { ...opts, configs });
  return observations.map((o, i) => findingsFor(o, batch[i]!, ids));
}

export function oracleKeeps(same: (f: SignedFinding) => boolean, configs: Config[], opts: Omit<OracleOptions, 'configs' | 'compileOnly'> = {}): Keeps {
  return async (batch) => (await findingsOf(batch, configs, opts)).map((fs) => fs.some(same));
}
