// A campaign minimizes only findings no dialect explains, and the shrink search must not
// drift to an instance a known deviation shows with the same config split: findingsOf with
// `unexplainedBy` leaves out what a dialect explains. Real compilers.
import { describe, expect, it } from 'vitest';
import { dialectsOf } from '../../src/campaign/plan.js';
import { findingsOf } from '../../src/shrink/oracle-keeps.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { inputsOf } from '../oracle/helpers.js';

const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0'], 'user');

describe('findings no dialect explains', () => {
  it('leave out a disagreement a switch explains, and keep it without the dialects', async () => {
    // gcc-zero-length-array-hfa: gcc passes x in x0, x1; clang and the text in v0, v1.
    const inputs = inputsOf('struct q3 { double a, b; union { long double c[0]; }; };\nvoid f(struct q3 x);', 'q3.h');
    const [all] = await findingsOf(inputs, configs);
    const [open] = await findingsOf(inputs, configs, { unexplainedBy: dialectsOf(configs) });
    expect(all!.map((f) => f.kind)).toContain('arg-location');
    expect(open!.map((f) => f.kind)).not.toContain('arg-location');
  }, 120_000);
});
