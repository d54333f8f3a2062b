// Integration: the JIT's kfunc call path, emitted by src/targets/aarch64/jit/kfunc-call.ts,
// runs in qemu-user from the BPF caller's slots into each config's real compiled callee.
// Expectations come from AAPCS64 (C.10: a 16-aligned 16-byte argument starts at an even
// register; C.13/C.14: once registers run out, the stack, 16-aligned for it) and the
// reference notes' kernel rules, not from the code under test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODES } from '../../src/bpf/modes.js';
import type { Variant } from '../../src/bpf/variant.js';
import { VARIANTS } from '../../src/targets/aarch64/jit/variants/index.js';
import { greedyPlacement } from '../../src/targets/aarch64/jit/placement.js';
import { runOracleAndJit } from '../../src/jit/harness/run.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { byName, inputsOf } from '../oracle/helpers.js';
import { verdicts } from './verdicts.js';

const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0', 'O2'], 'kernel');
const kfunc = MODES.filter((m) => m.kfunc);
const named = (...names: string[]): Variant[] => names.map((n) => VARIANTS.find((v) => v.name === n)!);

/** The 2026-05 path with 16-byte arguments let through: 8-byte slots, no even register pair, no 16-aligned slot. */
const noAlign16: Variant = {
  ...named('linux-235b2fe772f5-2026-05')[0]!,
  name: 'test-no-align16',
  kfunc: { commits: [], summary: 'test: no ALIGN16 rounding', place: ({ model }) => ({ ok: true, placement: greedyPlacement(model, () => 8) }) },
};

describe('the kfunc call path on the stack-argument selftests', () => {
  it('2026-05 refuses 16-byte arguments; 2026-09 and reference deliver every byte', async () => {
    const text = readFileSync('corpus/seeds/kernel-selftests.h', 'utf8');
    const variants = [...named('linux-235b2fe772f5-2026-05', 'linux-afdbb4cdd3d2-2026-09', 'reference'), noAlign16];
    const { observations, jit } = await runOracleAndJit(inputsOf(text), { configs, jit: { variants, modes: kfunc } });
    const of = (fn: string) => verdicts(jit![byName(observations, fn).index]!);
    // Ten 8-byte arguments: slots r1-r5, then r11 slots 0-2 in x5-x7 and 3-4 at [SP], [SP+8]:
    // exactly AAPCS64's places for arguments 6-10, so nothing moves, in every kernel.
    expect(of('kfunc_stack_10')).toEqual({ 'linux-235b2fe772f5-2026-05': 'correct', 'linux-afdbb4cdd3d2-2026-09': 'correct', reference: 'correct', 'test-no-align16': 'correct' });
    // c (__int128) is in BPF r3, r4 = x2, x3: already the even pair C.10 wants.
    expect(of('kfunc_stack_int128_3')).toEqual({ 'linux-235b2fe772f5-2026-05': 'refused', 'linux-afdbb4cdd3d2-2026-09': 'correct', reference: 'correct', 'test-no-align16': 'correct' });
    // h (__int128) is in r11 slots 2, 3 = x7, [SP]: C.13 puts it at stack+0..15, so both
    // halves move up (stack+0 is 16-aligned, so no rounding is needed to get it right).
    expect(of('kfunc_stack_int128_8')).toEqual({ 'linux-235b2fe772f5-2026-05': 'refused', 'linux-afdbb4cdd3d2-2026-09': 'correct', reference: 'correct', 'test-no-align16': 'correct' });
    // e (8-aligned pair) in r5 and r11 slot 0 = x4, x5: where AAPCS64 wants it (no rounding
    // for 8-alignment). The split LLVM refuses is no problem for the JIT.
    expect(of('kfunc_stack_pair_5')).toEqual({ 'linux-235b2fe772f5-2026-05': 'refused', 'linux-afdbb4cdd3d2-2026-09': 'correct', reference: 'correct', 'test-no-align16': 'correct' });
    // h (pair) in x7, [SP]: no room for both halves in registers, so stack+0..15 (C.13).
    expect(of('kfunc_stack_pair_8')).toEqual({ 'linux-235b2fe772f5-2026-05': 'refused', 'linux-afdbb4cdd3d2-2026-09': 'correct', reference: 'correct', 'test-no-align16': 'correct' });
  }, 300_000);

  it('a kernel before the stack arguments calls a kfunc of at most five 8-byte arguments in r1-r5, and refuses a sixth', async () => {
    const text = 'long k5(long a, void *b, int c, short d, unsigned long e);\nlong k6(long a, long b, long c, long d, long e, long f);';
    const { observations, jit } = await runOracleAndJit(inputsOf(text), { configs, jit: { variants: named('linux-c48796aa6c39-2026-08'), modes: kfunc } });
    expect(verdicts(jit![byName(observations, 'k5').index]!)).toEqual({ 'linux-c48796aa6c39-2026-08': 'correct' });
    expect(verdicts(jit![byName(observations, 'k6').index]!)).toEqual({ 'linux-c48796aa6c39-2026-08': 'refused' });
  }, 300_000);

  it('an __int128 after one u64 moves up to x2, x3; a 16-aligned pair BTF cannot see is corrupted by 2026-09', async () => {
    const text = [
      'struct a16 { unsigned long lo __attribute__((aligned(16))); unsigned long hi; };',
      'long q(unsigned long a, __int128 b, unsigned long c);',
      'long s(unsigned long a, struct a16 b, unsigned long c);',
    ].join('\n');
    const variants = [...named('linux-afdbb4cdd3d2-2026-09', 'reference'), noAlign16];
    const { observations, jit } = await runOracleAndJit(inputsOf(text), { configs, jit: { variants, modes: kfunc } });
    const of = (fn: string) => verdicts(jit![byName(observations, fn).index]!);
    // b in BPF r2, r3 = x1, x2; C.10 wants x2, x3, and c then goes to x4 (BPF r4 = x3).
    expect(of('q')).toEqual({ 'linux-afdbb4cdd3d2-2026-09': 'correct', reference: 'correct', 'test-no-align16': 'kfunc:2 kfunc:3' });
    // The member's aligned(16) makes the struct's natural alignment 16 (C.10: x2, x3), but it
    // shows in no BTF size or offset: 2026-09 sees alignment 8 and moves nothing.
    expect(of('s')).toEqual({ 'linux-afdbb4cdd3d2-2026-09': 'kfunc:2 kfunc:3', reference: 'correct', 'test-no-align16': 'kfunc:2 kfunc:3' });
  }, 300_000);
});
