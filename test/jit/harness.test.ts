// Integration: trampolines emitted by src/jit run in qemu-user between a real compiled
// caller and the real compiled function. Expectations come from the seeds' reasoning and
// the AAPCS64 rules (in comments), not from the code under test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareJit } from '../../src/diff/compare-jit.js';
import type { JitOutcome } from '../../src/data/jit-outcome.js';
import { MODES } from '../../src/bpf/modes.js';
import { VARIANTS } from '../../src/targets/aarch64/jit/variants/index.js';
import { runOracleAndJit } from '../../src/jit/harness/run.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { byName, inputsOf } from '../oracle/helpers.js';

const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0'], 'kernel');
const all = { variants: VARIANTS, modes: MODES };

/** variant -> 'correct' | 'refused' | the set of checks that failed, over every config and mode. */
function verdicts(outcomes: JitOutcome[]): Record<string, string> {
  const out: Record<string, Set<string>> = {};
  for (const o of outcomes) {
    const v = (out[o.variant] ??= new Set());
    if (o.status === 'refused') v.add('refused');
    else if (o.status === 'not-run') v.add('not-run');
    else if (o.problems.length === 0) v.add('correct');
    else for (const p of o.problems) v.add(`${p.check}${p.arg === undefined ? '' : `:${p.arg + 1}`}`);
  }
  return Object.fromEntries(Object.entries(out).map(([k, s]) => [k, [...s].sort().join(' ')]));
}

describe('JIT variants on the arm64 many-args seeds', () => {
  it('reproduces which variant corrupts which argument', async () => {
    const text = readFileSync('corpus/seeds/arm64-int128-alignment.h', 'utf8');
    const { observations, jit } = await runOracleAndJit(inputsOf(text), { configs, jit: all });
    // f0: g (struct {__int128}, 16-aligned) is at stack+32 (C.14). Mainline reads packed
    // 8-byte slots: e at 0, f at 16, g at 24 -> wrong in the context and, once re-copied
    // for the original function, g's second half is the wrong slot too. The RFC aligns
    // to its largest member (16) and place-args sees BTF alignment 16: both right.
    expect(verdicts(jit![byName(observations, 'f0').index]!)).toEqual({
      'linux-mainline': 'ctx:7 forward:7',
      'linux-2024-regs-only': 'refused',
      'linux-2025-no-stack-structs': 'refused',
      'rfc-2025-largest-member': 'correct',
      'place-args': 'correct',
      reference: 'correct',
    });
    // f1: the packed struct is 1-aligned, at stack+24: mainline's packed slots are right by
    // luck; the RFC (member size 16) and place-args (BTF cannot see `packed` on a naturally
    // laid-out struct) both align it to 32.
    expect(verdicts(jit![byName(observations, 'f1').index]!)).toEqual({
      'linux-mainline': 'correct',
      'linux-2024-regs-only': 'refused',
      'linux-2025-no-stack-structs': 'refused',
      'rfc-2025-largest-member': 'ctx:7 forward:7',
      'place-args': 'ctx:7 forward:7',
      reference: 'correct',
    });
    // f2: a 64-byte struct: btf_distill_func_proto refuses arguments over 16 bytes.
    expect(new Set(Object.values(verdicts(jit![byName(observations, 'f2').index]!)))).toEqual(new Set(['refused']));
  });

  it('reproduces the selftests: the {__int128} struct after four 16-byte arguments, and __int128 returns', async () => {
    const text = readFileSync('corpus/seeds/kernel-selftests.h', 'utf8');
    const { observations, jit } = await runOracleAndJit(inputsOf(text).filter((i) => ['struct_arg_11', 'int128_ret', 'struct_arg_9', 'fentry_test11'].includes(i.fn.name)), { configs, jit: all });
    const arg11 = verdicts(jit![byName(observations, 'struct_arg_11').index]!);
    expect(arg11['linux-mainline']).toBe('ctx:6 forward:6');
    expect(arg11['linux-2025-no-stack-structs']).toBe('refused');
    expect(arg11.reference).toBe('correct');
    // The kernel keeps x0 only around the original call: the high half of an __int128
    // result (x1) is whatever the fexit hooks left there.
    const ret = jit![byName(observations, 'int128_ret').index]!;
    for (const o of ret.filter((x) => x.variant !== 'reference' && x.mode !== 'fentry')) {
      expect(o.status === 'ran' && o.problems.map((p) => p.check)).toEqual(['ret', 'ret']);
    }
    expect(verdicts(ret).reference).toBe('correct');
    // Scalars and an 8-byte-aligned struct on the stack: every variant that accepts is right.
    for (const name of ['struct_arg_9', 'fentry_test11']) {
      const v = verdicts(jit![byName(observations, name).index]!);
      expect(Object.values(v).every((x) => x === 'correct' || x === 'refused')).toBe(true);
      expect(v.reference).toBe('correct');
    }
  });
});

describe('JIT harness failure handling', () => {
  const reference = VARIANTS.filter((v) => v.name === 'reference');
  const fexit = MODES.filter((m) => m.name === 'fexit');
  const oneConfig = makeConfigs(['gcc-12'], ['O0'], 'kernel');
  const withEnv = async <T>(name: string, value: string, run: () => Promise<T>): Promise<T> => {
    process.env[name] = value;
    try {
      return await run();
    } finally {
      delete process.env[name];
    }
  };

  it('records a program that crashes as jit-crash for that prototype only; the batch goes on', async () => {
    const { observations, jit } = await withEnv('ABIFUZZ_TEST_JIT_CRASH_AT', '0', () =>
      runOracleAndJit(inputsOf('long a(long x, long y);\nlong b(long x, long y);'), { configs: oneConfig, jit: { variants: reference, modes: fexit } }));
    expect(compareJit(byName(observations, 'a'), jit![byName(observations, 'a').index]!, []).map((f) => `${f.kind} ${f.variant}`)).toEqual(['jit-crash reference']);
    expect(verdicts(jit![byName(observations, 'b').index]!)).toEqual({ reference: 'correct' });
  });

  it('catches a callee-saved register the trampoline restores wrongly', async () => {
    // The fexit program overwrites the frame slot where the trampoline keeps x19.
    const { observations, jit } = await withEnv('ABIFUZZ_TEST_JIT_SMASH_X19', '1', () =>
      runOracleAndJit(inputsOf('long a(long x, long y);'), { configs: oneConfig, jit: { variants: reference, modes: fexit } }));
    const outcome = jit![0]![0]!;
    expect(outcome.status === 'ran' && outcome.problems.map((p) => p.detail)).toEqual(['callee-saved x19 not preserved']);
  });
});
