// The kfunc call path's pure parts: the BPF caller's slots (reference notes: r1-r5, then
// r11 slots, 12 at most), the arm64 JIT's homes for them (x0-x7, then [SP + 8·(idx − 3)]
// for r11 slot idx), and the shuffle to a placement (highest first, only upward).
// Expectations are worked out from those rules by hand, not read off the code.
import { describe, expect, it } from 'vitest';
import { bpfCall, bpfSlotName, splitAtR5, stackSlots } from '../../src/bpf/stack-args.js';
import type { ArgPlace, Placement } from '../../src/bpf/placement.js';
import { jitHome, kfuncCall, kfuncMoves, outgoingBytes } from '../../src/targets/aarch64/jit/kfunc-call.js';
import { blr, ldrImm, movReg, strImm } from '../../src/targets/aarch64/jit/a64/encode.js';

const call = (sizes: number[]) => {
  const c = bpfCall({ argSize: sizes });
  if (!c.ok) throw new Error(c.reason);
  return c.call;
};

const placement = (args: ArgPlace[], outStackBytes = 0): Placement => ({ args, nslots: 0, outStackBytes, retRegs: 1, clearGarbage: true, keepResultPointer: false });
const reg = (first: number, size = 8): ArgPlace => ({ slot: 0, size, in: 'regs', first });
const stack = (at: number, size = 8): ArgPlace => ({ slot: 0, size, in: 'stack', from: at, to: at });

describe('the BPF side of a call', () => {
  it('packs arguments into consecutive 8-byte slots: r1-r5, then the r11 slots', () => {
    // (u64 x4, struct {u64, u64}, u64): the pair takes r5 and r11-8, the last u64 r11-16.
    const c = call([8, 8, 8, 8, 16, 8]);
    expect(c.args).toEqual([{ first: 0, count: 1 }, { first: 1, count: 1 }, { first: 2, count: 1 }, { first: 3, count: 1 }, { first: 4, count: 2 }, { first: 6, count: 1 }]);
    expect([c.nslots, stackSlots(c), splitAtR5(c)]).toEqual([7, 2, 4]);
    expect([4, 5, 6].map(bpfSlotName)).toEqual(['r5', 'r11-8', 'r11-16']);
  });

  it('refuses more than 12 slots (MAX_BPF_FUNC_ARGS), counting a 16-byte argument twice', () => {
    expect(bpfCall({ argSize: Array(12).fill(8) }).ok).toBe(true);
    expect(bpfCall({ argSize: [...Array(10).fill(8), 16] }).ok).toBe(true);
    expect(bpfCall({ argSize: [...Array(11).fill(8), 16] }).ok).toBe(false);
  });
});

describe('the arm64 JIT kfunc call path', () => {
  it('keeps r1-r5 in x0-x4, r11 slots 0-2 in x5-x7 and slot 3 on at [SP + 8(idx - 3)]', () => {
    expect([0, 4, 5, 7, 8, 11].map(jitHome)).toEqual([{ reg: 0 }, { reg: 4 }, { reg: 5 }, { reg: 7 }, { sp: 0 }, { sp: 24 }]);
  });

  it('moves nothing when every argument is 8 bytes: the JIT homes are AAPCS64 places', () => {
    const c = call(Array(10).fill(8));
    const p = placement([...Array.from({ length: 8 }, (_, i) => reg(i)), stack(0), stack(8)], 16);
    expect(kfuncMoves(c, p)).toEqual([]);
    expect(outgoingBytes(c, p)).toBe(16);
  });

  it('moves an __int128 after one u64 up to the even pair, the high half first', () => {
    // (u64, __int128, u64): BPF slots r1 | r2 r3 | r4 = x0 | x1 x2 | x3; AAPCS64 x0 | x2 x3 | x4.
    const c = call([8, 16, 8]);
    const p = placement([reg(0), reg(2, 16), reg(4)]);
    expect(kfuncMoves(c, p).map((m) => [m.from, m.to])).toEqual([
      [{ reg: 3 }, { reg: 4 }],
      [{ reg: 2 }, { reg: 3 }],
      [{ reg: 1 }, { reg: 2 }],
    ]);
    const words = [...kfuncCall(c, p).words];
    const at = words.indexOf(movReg(4, 3));
    // Each move reads its source before a lower one overwrites it, then the call.
    expect(words.slice(at, at + 4)).toEqual([movReg(4, 3), movReg(3, 2), movReg(2, 1), blr(19)]);
  });

  it('moves a pair straddling x7 and [SP] wholly onto the stack, through x10', () => {
    // (u64 x7, pair): slots x7, [SP+0]; AAPCS64 stack+0..15 (C.13).
    const c = call([...Array(7).fill(8), 16]);
    const p = placement([...Array.from({ length: 7 }, (_, i) => reg(i)), stack(0, 16)], 16);
    const words = [...kfuncCall(c, p).words];
    const at = words.indexOf(ldrImm(8, 10, 31, 0), words.indexOf(ldrImm(8, 7, 20, 56)) + 1);
    expect(words.slice(at, at + 3)).toEqual([ldrImm(8, 10, 31, 0), strImm(8, 10, 31, 8), strImm(8, 7, 31, 0)]);
  });

  it('calls a BPF function with the slots in their homes; the callee reads r11 slot 3 on at FP+16', () => {
    // (u64 x10): slots 8 and 9 at [SP], [SP+8]; the callee's frame record sits right below.
    const code = kfuncCall(call(Array(10).fill(8)), placement([...Array.from({ length: 8 }, (_, i) => reg(i)), stack(0), stack(8)], 16));
    const callee = [...code.words].slice(code.bpfToBpfAt);
    expect(callee).toContain(ldrImm(8, 10, 29, 16));
    expect(callee).toContain(ldrImm(8, 10, 29, 24));
    expect(callee).toContain(strImm(8, 7, 19, 56));
  });

  it('refuses to plan a move downward, which would overwrite a slot not yet moved', () => {
    expect(() => kfuncMoves(call([8, 8]), placement([reg(0), reg(0)]))).toThrow(/move down/);
  });
});
