// The harness's limits, walked from both sides: just inside, a prototype runs and shows
// nothing false; just beyond, it is unsupported for every config before any compile,
// with the limit named, and never a finding.
import { describe, expect, it } from 'vitest';
import { functionsOf } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { scopeOf } from '../../src/c/scope.js';
import { prototypeAt } from '../../src/campaign/source.js';
import { findingsFor } from '../../src/diff/findings.js';
import { beyondLimits, LIMITS } from '../../src/oracle/limits.js';
import { runOracle } from '../../src/oracle/oracle.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { inputsOf } from './helpers.js';

/** aarch64 fills x0-x7 and q0-q7 from the pool on return. */
const FILL = 192;

const params = (n: number, type: string): string => Array.from({ length: n }, (_, i) => `${type} a${i}`).join(', ');

function beyond(text: string): string | undefined {
  const h = parseHeader(text, 't.h');
  const fn = functionsOf(h)[0]!;
  const types = [...fn.params.map((p) => p.type), ...(fn.ret.t === 'void' ? [] : [fn.ret])];
  return beyondLimits(scopeOf(h), types, fn.ret.t !== 'void', FILL);
}

describe('harness limits, pure', () => {
  it('counts parameters and the return value against the value limit', () => {
    expect(LIMITS.values).toBe(32);
    expect(beyond(`long f(${params(31, 'int')});`)).toBeUndefined();
    expect(beyond(`long f(${params(32, 'int')});`)).toMatch(/^33 values \(parameters and the return value\) exceed the harness's 32$/);
    expect(beyond(`void f(${params(32, 'int')});`)).toBeUndefined();
  });

  it('counts every value, the return value twice and the return fill against the pool', () => {
    const inside = 65536 - FILL;
    expect(beyond(`struct s { char c[${inside}]; };\nvoid f(struct s a);`)).toBeUndefined();
    expect(beyond(`struct s { char c[${inside + 1}]; };\nvoid f(struct s a);`)).toBe("65537 bytes of argument and return values exceed the harness's 65536-byte graffiti pool");
    expect(beyond(`struct s { char c[${(inside - 4) / 2}]; };\nstruct s f(int x);`)).toBeUndefined();
    expect(beyond(`struct s { char c[${(inside - 4) / 2 + 1}]; };\nstruct s f(int x);`)).toMatch(/exceed the harness's 65536-byte graffiti pool/);
  });

  it('refuses a value aligned beyond the 4 KiB the calls start from', () => {
    expect(beyond('struct s { char c; } __attribute__((aligned(4096)));\nvoid f(int x, struct s a);')).toBeUndefined();
    expect(beyond('struct s { char c; } __attribute__((aligned(8192)));\nvoid f(int x, struct s a);')).toBe("parameter 2's alignment of 8192 bytes exceeds the harness's 4096");
    expect(beyond('struct s { char c; } __attribute__((aligned(1 << 24)));\nstruct s f(void);')).toMatch(/^return value's alignment of 16777216 bytes/);
  });

  it('holds every prototype the generator makes', () => {
    for (const profile of ['user', 'kernel'] as const) {
      for (let i = 0; i < 1500; i++) {
        const p = prototypeAt(5, i, profile);
        const types = [...p.fn.params.map((x) => x.type), ...(p.fn.ret.t === 'void' ? [] : [p.fn.ret])];
        expect(beyondLimits(scopeOf(p.header), types, p.fn.ret.t !== 'void', FILL), `${profile} #${i}`).toBeUndefined();
      }
    }
  });

  it('sizes a gigabyte struct without allocating it', () => {
    expect(beyond('struct s { char a[1 << 30]; };\nvoid f(struct s a);')).toMatch(/^1073742016 bytes/);
  });
});

describe('harness limits, under the real compilers', () => {
  const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0'], 'user');
  it('runs what is just inside every limit without a false finding, and compiles nothing beyond', async () => {
    const text = [
      `struct big { char c[${65536 - FILL}]; };`, 'void at_pool(struct big a);',
      `struct over { char c[${65536 - FILL + 1}]; };`, 'void over_pool(struct over a);',
      `long at_values(${params(31, '__int128')});`,
      `long over_values(${params(32, '__int128')});`,
      'struct huge { char a[1 << 30]; };', 'void huge(struct huge a);',
    ].join('\n');
    const inputs = inputsOf(text);
    const { observations } = await runOracle(inputs, { configs });
    const status = Object.fromEntries(observations.map((o) => [o.name, [...new Set(o.configs.map((c) => c.status))].join()]));
    expect(status).toEqual({ at_pool: 'ok', over_pool: 'unsupported', at_values: 'ok', over_values: 'unsupported', huge: 'unsupported' });
    const findings = observations.flatMap((o, i) => findingsFor(o, inputs[i]!, configs));
    expect(findings.map((f) => `${f.function}: ${f.kind}`)).toEqual([]);
  });
});
