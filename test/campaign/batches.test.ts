// The batch pipeline compiles the next batches while batch k runs; a timed campaign must
// still stop at its end, not run (and minimize the findings of) the batches compiled ahead.
import { describe, expect, it } from 'vitest';
import { observeBatches } from '../../src/campaign/batches.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { inputsOf } from '../oracle/helpers.js';

describe('observeBatches', () => {
  it('drops the batches compiled ahead once the campaign is closed', async () => {
    const configs = makeConfigs(['clang-19'], ['O0'], 'kernel');
    let made = 0;
    const next = () => (made++ < 3 ? inputsOf(`int f${made}(long a, int b);`) : []);
    let yielded = 0;
    for await (const b of observeBatches(next, { configs }, () => yielded === 0)) {
      expect(b.observations).toHaveLength(1);
      yielded++;
    }
    expect(yielded).toBe(1);
    expect(made).toBe(3); // the second and third batches were begun (compiled ahead), never run
  });

  it('runs every batch while the campaign is open', async () => {
    const configs = makeConfigs(['clang-19'], ['O0'], 'kernel');
    let made = 0;
    const next = () => (made++ < 3 ? inputsOf(`int g${made}(long a);`) : []);
    let yielded = 0;
    for await (const _ of observeBatches(next, { configs })) yielded++;
    expect(yielded).toBe(3);
  });
});
