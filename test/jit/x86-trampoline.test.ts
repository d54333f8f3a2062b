// Pure: where each x86-64 variant believes the arguments are (from a BTF function model
// alone), what it refuses, and what the emitted trampoline does with them, read back by
// disassembling it with objdump. Expected places are worked out by hand from each
// variant's rule (its file's header, the 2023 patch in shared/seeds), not from the code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRUCT_ARG, type FuncModel } from '../../src/bpf/func-model/model.js';
import { modeByName, type Mode } from '../../src/bpf/modes.js';
import type { Placement } from '../../src/bpf/placement.js';
import type { Variant } from '../../src/bpf/variant.js';
import { bytesAsWords } from '../../src/jit/harness/blob.js';
import { variantsByName } from '../../src/jit/variants-by-name.js';
import { frameOf, generateTrampoline } from '../../src/targets/x86_64/jit/trampoline.js';
import { X86_JIT } from '../../src/targets/x86_64/jit/index.js';
import { planned, places as placesOf } from './planned.js';

const v = (name: string): Variant => variantsByName(name, X86_JIT.variants)[0]!;
const mainline = v('linux-mainline');
const preFix = v('linux-pre-814cba835ef6');
const validate = v('rfc-2025-06-validate-args');
const fentry = modeByName('fentry')!;
const fexit = modeByName('fexit')!;

/** sizes; 's' marks a struct argument. */
function model(args: [number, string?][], retSize = 4): FuncModel {
  const sizes = args.map(([s]) => s);
  return {
    nrArgs: args.length, argSize: sizes, retSize, retFlags: 0,
    argFlags: args.map(([, f]) => (f === 's' ? STRUCT_ARG : 0)),
    btfAlign: sizes.map(() => 8), trueAlign: sizes.map(() => 8), naturalAlign: sizes.map(() => 8),
    largestMemberSize: sizes.map(() => 0), reworkAlign: sizes.map(() => 8),
  };
}

/** `r0`, `r0+1` (registers by number), or `stack+16`. */
const places = (variant: Variant, m: FuncModel): string[] => placesOf(variant, m, (a) => `r${a.first}${a.size > 8 ? `+${a.first + 1}` : ''}`);

/** The trampoline's instructions as objdump prints them (AT&T), one per line. */
function disassemble(p: Placement, mode: Mode): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'x86-tramp-')), 'code.bin');
  writeFileSync(file, generateTrampoline(p, mode));
  const out = execFileSync('objdump', ['-D', '-b', 'binary', '-m', 'i386:x86-64', file], { encoding: 'utf8' });
  return out.split('\n').filter((l) => /^\s+[0-9a-f]+:\t/.test(l)).map((l) => l.split('\t').at(-1)!.replace(/\s+/g, ' ').trim());
}

const pair = [16, 's'] as [number, string];
const wrap128 = pair;
/** struct_arg_11: four 16-byte structs in rdi..r9 and on the stack, a short, a 16-byte struct. */
const structArg11 = model([wrap128, wrap128, wrap128, wrap128, [2], wrap128]);
/** The patch's own example: five chars, a 16-byte struct that no longer fits, a char that does. */
const backFill = model([[1], [1], [1], [1], [1], pair, [1]]);
/** int128_arg(__int128 a, int b, long c): no struct, so counted one slot short before the fix. */
const int128Arg = model([[16], [4], [8]], 8);

describe('x86-64 placement', () => {
  it('walks registers by whole arguments, back-fills, and packs the stack in 8-byte slots', () => {
    expect(places(mainline, structArg11)).toEqual(['r0+1', 'r2+3', 'r4+5', 'stack+0', 'stack+16', 'stack+24']);
    expect(places(mainline, backFill)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'stack+0', 'r5']);
    expect(places(preFix, structArg11)).toEqual(places(mainline, structArg11));
  });

  it('sizes the frame by all slots since 814cba835ef6, by struct slots only before', () => {
    expect((planned(mainline, int128Arg) as Placement).nslots).toBe(4);
    expect((planned(preFix, int128Arg) as Placement).nslots).toBe(3);
    // Outgoing area: (nr_regs - registers used) slots, only when nr_regs > 6.
    expect((planned(mainline, structArg11) as Placement).outStackBytes).toBe(8 * (11 - 6));
    const i128OnStack = model([[8], [8], [8], [8], [8], [8], [16]]);
    expect((planned(mainline, i128OnStack) as Placement).outStackBytes).toBe(16);
    expect((planned(preFix, i128OnStack) as Placement).outStackBytes).toBe(8);
  });

  it('validate_args refuses a struct past the sixth register, counting without back-fill', () => {
    expect(places(validate, structArg11)).toEqual(['refused: argument 4 is a struct whose location on the stack is uncertain']);
    expect(places(validate, backFill)).toEqual(['refused: argument 6 is a struct whose location on the stack is uncertain']);
    // An __int128 is no struct: it passes, on the stack or not.
    expect(places(validate, model([[8], [8], [8], [8], [8], [8], [16]]))).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'stack+0']);
    expect(places(validate, model(Array.from({ length: 13 }, (): [number] => [8])))[0]).toMatch(/^refused: 13 argument slots/);
  });
});

describe('x86-64 trampoline code', () => {
  it('reads stack arguments from RBP + 0x18 as packed slots, and copies them to RSP for the original', () => {
    const p = planned(mainline, structArg11) as Placement;
    const code = disassemble(p, fexit);
    expect(code.slice(0, 3)).toEqual(['push %rbp', 'mov %rsp,%rbp', `sub $0x${frameOf(p, fexit).size.toString(16)},%rsp`]);
    // d at 0x18/0x20, e at 0x28, f at 0x30/0x38: each read twice (context, then the copy).
    const reads = code.filter((l) => /^mov 0x[0-9a-f]+\(%rbp\),%rax$/.test(l)).map((l) => l.slice(4, l.indexOf('(')));
    expect(reads).toEqual(['0x18', '0x20', '0x28', '0x30', '0x38', '0x18', '0x20', '0x28', '0x30', '0x38']);
    expect(code).toContain('mov 0x8(%rbp),%rbx');
    expect(code).toContain('call *%rbx');
    // RBX below the return value (8), 11 context slots and ctx[-1]: RBP - 0x70.
    expect(code.slice(-4)).toEqual(['mov -0x70(%rbp),%rbx', 'leave', 'add $0x8,%rsp', 'ret']);
  });

  it('keeps RSP 16-aligned at the original call (RBP is 8 mod 16)', () => {
    for (const m of [structArg11, backFill, int128Arg]) {
      const p = planned(mainline, m) as Placement;
      expect(frameOf(p, fexit).size % 16).toBe(8);
    }
  });

  it('clears the upper half of a lone stack slot only when the last argument is at most 4 bytes', () => {
    const clears = (m: FuncModel): boolean => disassemble(planned(mainline, m) as Placement, fentry).some((l) => /^mov %eax,-0x[0-9a-f]+\(%rbp\)$/.test(l));
    expect(clears(model([[8], [8], [8], [8], [8], [8], [4]]))).toBe(true);
    expect(clears(model([[8], [8], [8], [8], [8], [8], [8]]))).toBe(false);
    expect(clears(model([[8], [8], [8], [8], [8], [8], [4], [4]]))).toBe(false);
  });

  it('lets the under-counted context of an __int128 overflow into the saved RBP (fentry) or the return slot (fexit)', () => {
    const p = planned(preFix, int128Arg) as Placement;
    // Slots 0..3 at RBP - regs + 8k; with 3 counted and no return slot, slot 3 is RBP + 0.
    expect(disassemble(p, fentry)).toContain('mov %rcx,0x0(%rbp)');
    expect(disassemble(p, fexit)).toContain('mov %rcx,-0x8(%rbp)');
  });

  it('pads the code to whole words with int3', () => {
    expect(Array.from(bytesAsWords(Uint8Array.from([0x55, 0xc3]), 0xcc))).toEqual([0xccccc355]);
  });
});
