// Pure: trampoline outcomes into findings, and two variants side by side.
import { describe, expect, it } from 'vitest';
import { compareJit } from '../../src/diff/compare-jit.js';
import type { Finding } from '../../src/diff/compare-configs.js';
import type { JitOutcome } from '../../src/data/jit-outcome.js';
import { diffVariants } from '../../src/jit/diff-variants.js';
import type { PrototypeObservation } from '../../src/data/observation.js';

const bad = (config: string, variant: string, mode: string): JitOutcome => ({ config, variant, mode, status: 'ran', problems: [{ check: 'ctx', arg: 2, detail: 'fentry ctx[3], parameter 3: 8 of 8 bytes wrong' }] });
const good = (config: string, variant: string, mode: string): JitOutcome => ({ config, variant, mode, status: 'ran', problems: [] });
const obs: PrototypeObservation = { index: 0, origin: 't.h:f', name: 'f', configs: [] };

describe('compareJit', () => {
  it('one finding per variant, check and argument, naming every config and mode', () => {
    const f = compareJit(obs, [bad('gcc-12/O0', 'place-args', 'fentry'), bad('clang-19/O0', 'place-args', 'fexit'), good('gcc-12/O0', 'linux-mainline', 'fentry')], []);
    expect(f.map((x) => [x.kind, x.variant, x.arg, x.configs.sort().join(' ')])).toEqual([['jit-ctx', 'place-args', 2, 'clang-19/O0 gcc-12/O0']]);
    expect(f[0]!.detail).toContain('(fentry, fexit)');
  });

  it('leaves out the verdicts of a config that deviates from the model the function model comes from', () => {
    const deviation = { kind: 'model-mismatch', function: 'f', origin: 't.h:f', configs: ['clang-19/O0'], detail: '' } as Finding;
    const f = compareJit(obs, [bad('clang-19/O0', 'reference', 'fentry'), bad('clang-19/O0', 'linux-mainline', 'fentry'), bad('gcc-12/O0', 'linux-mainline', 'fentry')], [deviation]);
    expect(f.map((x) => [x.variant, x.configs.join(' ')])).toEqual([['linux-mainline', 'gcc-12/O0']]);
  });

  it('leaves out the verdicts of a config whose own caller and callee disagree', () => {
    const selfDisagreement = { kind: 'caller-callee', function: 'f', origin: 't.h:f', configs: ['clang-14/O0', 'clang-19/O0'], pairs: [['clang-14/O0', 'clang-14/O0'], ['clang-19/O0', 'clang-14/O0']], detail: '' } as Finding;
    const f = compareJit(obs, [bad('clang-14/O0', 'reference', 'fexit'), bad('clang-19/O0', 'reference', 'fexit')], [selfDisagreement]);
    expect(f.map((x) => [x.variant, x.configs.join(' ')])).toEqual([['reference', 'clang-19/O0']]);
  });

  it('does not count a refusal', () => {
    expect(compareJit(obs, [{ config: 'gcc-12/O0', variant: 'place-args', mode: 'fentry', status: 'refused', reason: 'x' }], [])).toEqual([]);
  });
});

describe('diffVariants', () => {
  it('reports differing verdicts and flags the new variant corrupting what the old refused', () => {
    const outcomes: JitOutcome[] = [
      { config: 'gcc-12/O0', variant: 'old', mode: 'fentry', status: 'refused', reason: 'struct on the stack' },
      bad('gcc-12/O0', 'new', 'fentry'),
      good('gcc-12/O0', 'old', 'fexit'),
      good('gcc-12/O0', 'new', 'fexit'),
    ];
    const d = diffVariants(outcomes, 'old', 'new');
    expect(d.map((x) => [x.mode, x.old.kind, x.new.kind, x.regression])).toEqual([['fentry', 'refused', 'corrupts', true]]);
    expect(diffVariants(outcomes, 'new', 'old').map((x) => x.regression)).toEqual([false]);
  });
});
