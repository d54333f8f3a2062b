// Integration, natively on the x86-64 host: trampolines emitted by
// src/targets/x86_64/jit run between a real compiled caller and the real compiled
// function, whose entry is patched as ftrace patches it. Expectations come from the SysV
// rules (an __int128 or a struct holding one is 16-aligned on the stack) and each
// variant's rule (its file's header), worked out by hand in the comments.
// The user profile: in the kernel profile (an 8-byte stack boundary) the oracle's own
// runtime, called from the callee, faults on a `movaps` to a misaligned stack in some
// prototypes, JIT or no JIT (gcc-12 -O0/-O2, clang-19 -O2).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRAMPOLINE_MODES } from '../../src/bpf/modes.js';
import { runOracleAndJit } from '../../src/jit/harness/run.js';
import { X86_JIT } from '../../src/targets/x86_64/jit/index.js';
import { x86_64 } from '../../src/targets/x86_64/index.js';
import type { Target } from '../../src/targets/target.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { byName, inputsOf } from '../oracle/helpers.js';
import { verdicts } from './verdicts.js';

const target: Target = { ...x86_64, jit: X86_JIT };
const configs = makeConfigs(['gcc-12', 'clang-19'], ['O0', 'O2'], 'user', target);
const all = { variants: X86_JIT.variants, modes: TRAMPOLINE_MODES };

const selftests = readFileSync('corpus/seeds/kernel-selftests.h', 'utf8');
const names = [
  'struct_arg_1', 'struct_arg_2', 'struct_arg_3', 'struct_arg_4', 'struct_arg_7', 'struct_arg_8', 'struct_arg_9',
  'struct_arg_10', 'struct_arg_11', 'union_arg_1', 'union_arg_2', 'int128_arg', 'int128_ret',
  'fentry_test7', 'fentry_test8', 'fentry_test9', 'fentry_test10', 'fentry_test11',
];

describe('x86-64 trampoline variants on the kernel selftests', async () => {
  const { observations, jit } = await runOracleAndJit(inputsOf(selftests).filter((i) => names.includes(i.fn.name)), { configs, jit: all });
  const of = (name: string): Record<string, string> => verdicts(jit![byName(observations, name).index]!);
  const correct = { 'rfc-2025-06-validate-args': 'correct', 'linux-ccb4f5d91ec4-2025-09': 'correct', 'linux-814cba835ef6-2026-08': 'correct', reference: 'correct' };

  it('places register-only and 8-aligned stack arguments right in every variant', () => {
    // Up to six slots, or stack arguments of 8-byte alignment: packed slots are the truth.
    for (const n of ['struct_arg_1', 'struct_arg_2', 'struct_arg_3', 'struct_arg_4', 'fentry_test7', 'fentry_test8', 'fentry_test9', 'fentry_test10', 'fentry_test11']) {
      expect(of(n), n).toEqual(correct);
    }
    // A struct that spills (arg_4 after five slots) with an int back-filling r9, arg_5 and
    // the {u64, u64} pairs at 8-aligned offsets: the kernel walk is right; validate_args
    // refuses every struct past the sixth register.
    for (const n of ['struct_arg_7', 'struct_arg_8', 'struct_arg_9', 'struct_arg_10']) {
      expect(of(n), n).toEqual({ ...correct, 'rfc-2025-06-validate-args': 'refused' });
    }
    // Unions: refused by the distiller until ccb4f5d91ec4 (2025-09), which validate_args predates.
    for (const n of ['union_arg_1', 'union_arg_2']) expect(of(n), n).toEqual({ ...correct, 'rfc-2025-06-validate-args': 'refused' });
  });

  it('reads a 16-aligned stack struct from the packed slot before it (struct_arg_11)', () => {
    // d at stack+0, e at stack+16, f ({__int128}, 16-aligned) at stack+32; the kernel reads
    // f at stack+24, in the context (every program) and in the copy for the original.
    expect(of('struct_arg_11')).toEqual({
      'rfc-2025-06-validate-args': 'refused',
      'linux-ccb4f5d91ec4-2025-09': 'ctx:6 forward:6',
      'linux-814cba835ef6-2026-08': 'ctx:6 forward:6',
      reference: 'correct',
    });
  });

  it('under-counts an __int128 before 814cba835ef6 (int128_arg)', () => {
    // Counted 3 slots for 4: ctx[-1] says 3; c's slot is the return slot (fexit sees the
    // result there, fmod_ret's zero reaches the original as c) or, under fentry, the saved
    // RBP; fexit's return slot is then the saved RBP.
    const broken = 'ctx ctx:3 forward:3 regs ret';
    expect(of('int128_arg')).toEqual({ 'rfc-2025-06-validate-args': broken, 'linux-ccb4f5d91ec4-2025-09': broken, 'linux-814cba835ef6-2026-08': 'correct', reference: 'correct' });
  });

  it('keeps rax only around the original call, until c48796aa6c39 refuses fexit on a 16-byte result (int128_ret)', () => {
    const v = of('int128_ret');
    expect(v['linux-ccb4f5d91ec4-2025-09']).toBe('correct ret');
    expect(v['linux-814cba835ef6-2026-08']).toBe('correct refused');
    expect(v.reference).toBe('correct refused'); // fmod_ret's 8-byte result cannot stand for 16
  });
});

describe('x86-64 trampolines on a 16-aligned __int128 after an 8-byte stack argument', () => {
  it('reads it where the packed walk puts it: one slot early', async () => {
    const text = 'void i128_hole(long a, long b, long c, long d, long e, long f, long g, __int128 v);';
    const { observations, jit } = await runOracleAndJit(inputsOf(text), { configs, jit: all });
    // g at stack+0, v at stack+16 (SysV: 16-aligned); the kernel walk reads v at stack+8.
    // Before 814cba835ef6 v also counts one slot: ctx[-1] is short and, under fentry, v's
    // second context slot lands on the saved RBP (as in int128_arg).
    const undercounted = 'ctx ctx:8 forward:8 regs';
    expect(verdicts(jit![byName(observations, 'i128_hole').index]!)).toEqual({
      'rfc-2025-06-validate-args': undercounted,
      'linux-ccb4f5d91ec4-2025-09': undercounted,
      'linux-814cba835ef6-2026-08': 'ctx:8 forward:8',
      reference: 'correct',
    });
  });
});
