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
import type { Keeps } from './minimize.js';

/** Every finding of each prototype of a batch, signed against the batch's configs. */
/** How a batch is checked: the oracle's options, and the trampolines to run after it. */
export type CheckOptions = Omit<OracleOptions, 'configs' | 'compileOnly'> & { jit?: JitRequest };

export async function findingsOf(batch: PrototypeInput[], configs: Config[], opts: CheckOptions = {}): Promise<SignedFinding[][]> {
  if (batch.length === 0) return [];
  const ids = configs.map((c) => c.id);
  const { observations, jit } = await runOracleAndJit(batch, { ...opts, configs });
  return observations.map((o, i) => findingsFor(o, batch[i]!, configs, { jit: jit?.[i] }));
}

export function oracleKeeps(same: (f: SignedFinding) => boolean, configs: Config[], opts: CheckOptions = {}): Keeps {
  return async (batch) => (await findingsOf(batch, configs, opts)).map((fs) => fs.some(same));
}
