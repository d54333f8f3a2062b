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

/**
 * How a batch is checked: the oracle's options, the trampolines to run after it, and with
 * `unexplainedBy` (config -> dialect) only the findings no dialect explains.
 */
export type CheckOptions = Omit<OracleOptions, 'configs' | 'compileOnly'> & { jit?: JitRequest; unexplainedBy?: ReadonlyMap<string, Dialect> };

/** Every finding of each prototype of a batch, signed against the batch's configs. */
export async function findingsOf(batch: PrototypeInput[], configs: Config[], { unexplainedBy, ...opts }: CheckOptions = {}): Promise<SignedFinding[][]> {
  if (!unexplainedBy) return (await runFindings(batch, configs, opts)).map(({ all }) => all);
  return (await explainedFindingsOf(batch, configs, unexplainedBy, opts)).map((fs) => fs.filter((f) => !f.explained).map((f) => f.finding));
}

/** Every finding of each prototype, and whether a dialect of `dialects` (config -> dialect) explains it. */
export async function explainedFindingsOf(batch: PrototypeInput[], configs: Config[], dialects: ReadonlyMap<string, Dialect>, opts: Omit<CheckOptions, 'unexplainedBy'> = {}): Promise<{ finding: SignedFinding; explained: boolean }[][]> {
  return (await runFindings(batch, configs, opts)).map(({ all, obs }, i) => {
    const cause = rootCauser(obs, batch[i]!, configs[0]!.target, dialects);
    return all.map((finding) => ({ finding, explained: cause(finding) !== undefined }));
  });
}

async function runFindings(batch: PrototypeInput[], configs: Config[], opts: Omit<CheckOptions, 'unexplainedBy'>) {
  if (batch.length === 0) return [];
  const { observations, jit } = await runOracleAndJit(batch, { ...opts, configs });
  return observations.map((obs, i) => ({ obs, all: findingsFor(obs, batch[i]!, configs, { jit: jit?.[i] }) }));
}

export function oracleKeeps(same: (f: SignedFinding) => boolean, configs: Config[], opts: CheckOptions = {}): Keeps {
  return async (batch) => (await findingsOf(batch, configs, opts)).map((fs) => fs.some(same));
}
