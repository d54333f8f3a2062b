// Minimizes a prototype on which two trampoline variants behave differently, keeping the
// cause of the difference (diff-variants.ts `causeOf`: `correct -> corrupts ctx+forward`,
// say) in the config it showed in: what jit-diff prints for a patch's cover letter. Each
// round runs both variants on every candidate in one oracle batch.
import { causeOf, diffVariants, type VariantDifference } from '../jit/diff-variants.js';
import { runOracleAndJit } from '../jit/harness/run.js';
import type { JitRequest } from '../jit/plan.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { Config } from '../toolchains/config.js';
import { minimize } from './minimize.js';

export interface MinimizedDifference {
  input: PrototypeInput;
  /** The minimized prototype's difference of that cause; undefined should a rerun not show it (a flaky run). */
  difference: VariantDifference | undefined;
}

/** `jit`: the two variants, old first. */
export async function minimizeDifference(input: PrototypeInput, cause: string, config: Config, jit: JitRequest, maxRounds = 25): Promise<MinimizedDifference> {
  const [oldName, newName] = jit.variants.map((v) => v.name) as [string, string];
  const differences = async (batch: PrototypeInput[]): Promise<(VariantDifference | undefined)[]> => {
    const { jit: outcomes } = await runOracleAndJit(batch, { configs: [config], jit });
    return batch.map((_, i) => diffVariants(outcomes?.[i] ?? [], oldName, newName).find((d) => causeOf(d) === cause));
  };
  const { result } = await minimize(input, async (batch) => (await differences(batch)).map((d) => d !== undefined), { maxRounds });
  const [difference] = await differences([result]);
  return { input: result, difference };
}
