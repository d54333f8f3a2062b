// Integration: trampolines emitted by src/jit run in qemu-user between a real compiled
// caller and the real compiled function. Expectations come from the seeds' reasoning and
// the AAPCS64 rules (in comments), not from the code under test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareJit } from '../../src/diff/compare-jit.js';
import type { JitOutcome } from '../../src/data/jit-outcome.js';
import { TRAMPOLINE_MODES } from '../../src/bpf/modes.js';
import { VARIANTS } from '../../src/targets/aarch64/jit/variants/index.js';
import { runOracleAndJit } from '../../src/jit/harness/run.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { byName, inputsOf } from '../oracle/helpers.js';
import { verdicts } from './verdicts.js';

const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0'], 'kernel');
const all = { variants: VARIANTS, modes: TRAMPOLINE_MODES };

describe('JIT variants on the arm64 many-args seeds', () => {
  it('reproduces which variant corrupts which argument', async () => {
    const text = readFileSync('corpus/seeds/arm64-int128-alignment.h', 'utf8');
    const { observations, jit } = await runOracleAndJit(inputsOf(text), { configs, jit: all });
    // f0: g (struct {__int128}, 16-aligned) is at stack+32 (C.14). Mainline reads packed
    // 8-byte slots: e at 0, f at 16, g at 24 -> wrong in the context and, once re-copied
    // for the original function, g's second half is the wrong slot too. The RFC aligns
    // to its largest member (16) and place-args sees BTF alignment 16: both right.
    // Before 2025 only g counted extra registers: 8 "registers", accepted. ctx[k] = xk, so a
    // to d (x0-x6) are right by luck, e, f and g (on the stack) and the slot count are not.
    const pre2025 = 'ctx ctx:5 ctx:6 ctx:7 forward:5 forward:6 forward:7 ret';
    expect(verdicts(jit![byName(observations, 'f0').index]!)).toEqual({
      'linux-pre2025-regs-only': pre2025,
      'linux-9014cf56f13d-2025-05': 'refused',
      'rfc-2025-largest-member': 'correct',
      'linux-dc704d0cfa43-2025-07': 'ctx:7 forward:7',
      'linux-ccb4f5d91ec4-2025-09': 'ctx:7 forward:7',

      'linux-235b2fe772f5-2026-05': 'ctx:7 forward:7',
      'linux-c48796aa6c39-2026-08': 'ctx:7 forward:7',
      'linux-afdbb4cdd3d2-2026-09': 'correct',
      reference: 'correct',
    });
    // f1: the packed struct is 1-aligned, at stack+24: mainline's packed slots are right by
    // luck; the RFC (member size 16) and place-args (BTF cannot see `packed` on a naturally
    // laid-out struct) both align it to 32.
    expect(verdicts(jit![byName(observations, 'f1').index]!)).toEqual({
      'linux-pre2025-regs-only': pre2025,
      'linux-9014cf56f13d-2025-05': 'refused',
      'rfc-2025-largest-member': 'ctx:7 forward:7',
      'linux-dc704d0cfa43-2025-07': 'correct',
      'linux-ccb4f5d91ec4-2025-09': 'correct',

      'linux-235b2fe772f5-2026-05': 'correct',
      'linux-c48796aa6c39-2026-08': 'correct',
      'linux-afdbb4cdd3d2-2026-09': 'ctx:7 forward:7',
      reference: 'correct',
    });
    // f2: a 64-byte struct: btf_distill_func_proto refuses arguments over 16 bytes.
    expect(new Set(Object.values(verdicts(jit![byName(observations, 'f2').index]!)))).toEqual(new Set(['refused']));
  });

  it('reproduces the selftests: the {__int128} struct after four 16-byte arguments, and __int128 returns', async () => {
    const text = readFileSync('corpus/seeds/kernel-selftests.h', 'utf8');
    const names = ['struct_arg_11', 'int128_ret', 'int128_arg', 'union_arg_2', 'struct_arg_9', 'fentry_test11'];
    const { observations, jit } = await runOracleAndJit(inputsOf(text).filter((i) => names.includes(i.fn.name)), { configs, jit: all });
    const of = (name: string): JitOutcome[] => jit![byName(observations, name).index]!;
    const arg11 = verdicts(of('struct_arg_11'));
    expect(arg11['linux-c48796aa6c39-2026-08']).toBe('ctx:6 forward:6');
    expect(arg11['linux-9014cf56f13d-2025-05']).toBe('refused');
    expect(arg11['linux-afdbb4cdd3d2-2026-09']).toBe('correct');
    expect(arg11.reference).toBe('correct');
    // Until 2026-08 the kernel kept x0 only around the original call: the high half of an
    // __int128 result (x1) is whatever the fexit hooks left there. Since c48796aa6c39 the
    // verifier refuses fexit and fmod_ret on it; fentry still runs, and is right.
    const ret = of('int128_ret');
    for (const o of ret.filter((x) => ['linux-9014cf56f13d-2025-05', 'linux-ccb4f5d91ec4-2025-09'].includes(x.variant) && x.mode !== 'fentry')) {
      expect(o.status === 'ran' && o.problems.map((p) => p.check)).toEqual(['ret', 'ret']);
    }
    for (const o of ret.filter((x) => x.variant === 'linux-c48796aa6c39-2026-08')) {
      expect(o.status).toBe(o.mode === 'fentry' ? 'ran' : 'refused');
      if (o.status === 'ran') expect(o.problems).toEqual([]);
    }
    expect(verdicts(ret).reference).toBe('correct refused');
    // long int128_arg(__int128 a, int b, long c) before 2025: 3 registers counted for 4 slots,
    // so c (in x3, ctx[3] to the program) is neither saved nor restored, ctx[-1] says 3 and
    // fexit finds the return value in ctx[4], where the trampoline never put it.
    expect(verdicts(of('int128_arg'))['linux-pre2025-regs-only']).toBe('ctx ctx:3 forward:3 ret');
    expect(verdicts(of('int128_arg'))['linux-9014cf56f13d-2025-05']).toBe('correct');
    // Unions: refused by btf_distill_func_proto until ccb4f5d91ec4.
    const union = verdicts(of('union_arg_2'));
    expect([union['linux-dc704d0cfa43-2025-07'], union['linux-ccb4f5d91ec4-2025-09']]).toEqual(['refused', 'correct']);
    // Scalars and an 8-byte-aligned struct on the stack: every variant that accepts is right.
    for (const name of ['struct_arg_9', 'fentry_test11']) {
      const v = verdicts(of(name));
      expect(Object.values(v).every((x) => x === 'correct' || x === 'refused')).toBe(true);
      expect(v.reference).toBe('correct');
    }
  });

  it('struct and union returns: x0 alone up to 8 bytes, x0 and x1 up to 16 (kept by reference in fexit), refused above', async () => {
    const text = 'struct r8 { int a; int b; };\nstruct r12 { int a, b, c; };\nunion u16 { long a; char b[16]; };\nstruct r24 { long a, b, c; };\n'
      + 'struct r8 r8f(long a, long b);\nstruct r12 r12f(char c);\nunion u16 u16f(int a);\nstruct r24 r24f(int a);';
    const { observations, jit } = await runOracleAndJit(inputsOf(text), { configs, jit: all });
    const of = (name: string): Record<string, string> => verdicts(jit![byName(observations, name).index]!);
    // An 8-byte struct comes back in x0, which every trampoline keeps: correct once distilled.
    expect(of('r8f')).toMatchObject({ 'linux-ccb4f5d91ec4-2025-09': 'refused', 'linux-c48796aa6c39-2026-08': 'correct', reference: 'correct' });
    for (const name of ['r12f', 'u16f']) {
      // fentry runs and is right; fexit and fmod_ret are refused by the 2026-08 verifier;
      // reference keeps x1 for fexit and refuses fmod_ret, whose program returns 8 bytes.
      expect(of(name)).toMatchObject({ 'linux-c48796aa6c39-2026-08': 'correct refused', 'linux-afdbb4cdd3d2-2026-09': 'correct refused', reference: 'correct refused' });
    }
    // C.3: a 24-byte result goes to memory at x8; distill refuses returns above 16 bytes.
    expect(new Set(Object.values(of('r24f')))).toEqual(new Set(['refused']));
  });
});

describe('JIT harness failure handling', () => {
  const reference = VARIANTS.filter((v) => v.name === 'reference');
  const fexit = TRAMPOLINE_MODES.filter((m) => m.name === 'fexit');
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
