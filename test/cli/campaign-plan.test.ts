// The campaign options that decide what a run writes: a --runs campaign depends on its seed
// alone, a timed one keeps minimization to a share of its wall time.
import { describe, expect, it } from 'vitest';
import { campaignPlan } from '../../src/cli/options.js';
import { UserError } from '../../src/user-error.js';

const plan = (o: Record<string, string>) => campaignPlan({ compilers: 'clang-19', opt: 'O2', profile: 'user', jitModes: 'fentry', minimize: true, dialects: true, ...o }, 1_000);

describe('campaignPlan', () => {
  it('gives a --runs campaign no minimization budget, so a slow machine writes the same findings', () => {
    expect(plan({ runs: '4' }).minimizeBudget).toBeUndefined();
  });

  it('gives a timed campaign 15% of its wall time for minimizing unless told otherwise', () => {
    expect(plan({ time: '10m' }).minimizeBudget).toBe(0.15);
    expect(plan({ time: '10m', minimizeBudget: '50' }).minimizeBudget).toBe(0.5);
    expect(plan({ runs: '4', minimizeBudget: '5%' }).minimizeBudget).toBe(0.05);
  });

  it('rejects a budget that is not a percentage with one line', () => {
    expect(() => plan({ time: '1m', minimizeBudget: '150' })).toThrow(UserError);
    expect(() => plan({ time: '1m', minimizeBudget: 'half' })).toThrow(/--minimize-budget takes a percentage/);
  });
});
