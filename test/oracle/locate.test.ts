// The locator on hand-made probe dumps: where the real compilers leave stale bytes is not
// something a test can arrange, so the ambiguous cases are built here byte by byte.
import { describe, expect, it } from 'vitest';
import { boolByte, poolByte, ROUNDS } from '../../src/oracle/graffiti.js';
import { locateArgs, type BrokenBy } from '../../src/oracle/locate.js';
import { type ValueShape } from '../../src/data/location.js';
import type { ProbeDump } from '../../src/targets/target.js';
import { aarch64 } from '../../src/targets/aarch64/index.js';
import { x86_64 } from '../../src/targets/x86_64/index.js';

const SP = 0x40_0000_0000n;
const JUNK = 0xee;

interface Fill {
  x?: Record<number, number[]>;
  stack?: number[];
  refs?: { src: number; offset: number; bytes: number[] }[];
}

/** One probe dump per round; `fill(r)` says what differs from junk in round r. */
function dumps(fill: (round: number) => Fill): ProbeDump[] {
  return Array.from({ length: ROUNDS }, (_, r) => {
    const f = fill(r);
    const x = Array.from({ length: 9 }, (_, i) => Buffer.from(f.x?.[i] ?? Array(8).fill(JUNK)));
    const q = Array.from({ length: 8 }, () => Buffer.alloc(16, JUNK));
    const refs = (f.refs ?? []).map((ref) => ({ ...ref, bytes: Buffer.from(ref.bytes) }));
    return { regs: [x.slice(0, 8), q], sp: SP + BigInt(16 * r), stack: Buffer.from(f.stack ?? Array(32).fill(JUNK)), refs };
  });
}

/** Clobber results where destroying each of `places` broke every byte of the argument. */
const readAll = (places: string[]): BrokenBy => (place) => places.includes(place);

const shape = (mask: number[], boolmap: number[]): ValueShape => ({ size: mask.length, mask: Buffer.from(mask), boolmap: Buffer.from(boolmap) });

describe('locateArgs on ambiguous _Bool bytes', () => {
  it('puts a _Bool of a by-reference copy in the copy, not in the pointer that looks like _Bool graffiti', () => {
    // Argument 0: 2 bytes, byte 1 a _Bool (slot 0); its copy is at x0's address, and byte 1
    // of that address happens to read 0/1 like slot 0 in every round.
    const rounds = dumps((r) => ({
      x: { 0: [0x10, boolByte(r, 0), 0, 0, 0x40, 0, 0, 0] },
      refs: [{ src: 0, offset: 0x100, bytes: [JUNK, boolByte(r, 0)] }],
    }));
    const [a] = locateArgs(aarch64, rounds, [shape([0, 0xff], [0, 1])], [readAll(['x0'])]);
    expect(a!.bytes).toEqual([null, 'ref(x0)+1']);
  });

  it("keeps a copy's _Bool in the copy when a _Bool argument shares its pattern", () => {
    // Argument 0: a lone _Bool at stack+8 (slot 0). Argument 1: by reference, its pointer
    // at stack+16: a pool byte (index 1, after argument 0's byte) then a _Bool that got
    // slot 0 too (the patterns ran out). Argument 2: a lone _Bool at stack+24 (slot 1).
    const stack = (r: number): number[] => {
      const s = Array<number>(32).fill(JUNK);
      s[8] = boolByte(r, 0);
      s[24] = boolByte(r, 1);
      return s;
    };
    const rounds = dumps((r) => ({ stack: stack(r), refs: [{ src: 10, offset: 0x200, bytes: [poolByte(r, 1), boolByte(r, 0)] }] }));
    const shapes = [shape([0xff], [1]), shape([0xff, 0xff], [0, 1]), shape([0xff], [2])];
    const reads = [readAll(['stack']), readAll(['stack']), readAll(['stack'])];
    const [x, s, y] = locateArgs(aarch64, rounds, shapes, reads);
    expect(x!.bytes).toEqual(['stack+8']);
    expect(s!.bytes).toEqual(['ref(stack+16)+0', 'ref(stack+16)+1']);
    expect(y!.bytes).toEqual(['stack+24']);
  });

  it("keeps a lone _Bool argument out of another argument's pointer slot", () => {
    // Argument 0: by reference, its pointer in the slot at stack+24, whose byte 1 reads
    // like _Bool slot 0. Argument 1: a lone _Bool (slot 0) at stack+32.
    const stack = (r: number): number[] => {
      const s = Array<number>(40).fill(JUNK);
      s[25] = boolByte(r, 0);
      s[32] = boolByte(r, 0);
      return s;
    };
    const rounds = dumps((r) => ({ stack: stack(r), refs: [{ src: 11, offset: 0x300, bytes: [poolByte(r, 0)] }] }));
    const [, b] = locateArgs(aarch64, rounds, [shape([0xff], [0]), shape([0xff], [1])], [readAll(['stack']), readAll(['stack'])]);
    expect(b!.bytes).toEqual(['stack+32']);
  });

  it('does not take a byte of a register it could not follow for a _Bool out of register order', () => {
    // Argument 0: a 64-byte union whose only value byte is a _Bool (slot 0), passed by
    // reference through x7 to a copy the probe could not see; x7's byte 1 reads like slot 0.
    const rounds = dumps((r) => ({ x: { 7: [0x40, boolByte(r, 0), 0, 0, 0x40, 0, 0, 0] } }));
    const [v] = locateArgs(aarch64, rounds, [shape([0xff, ...Array(63).fill(0)], [1, ...Array(63).fill(0)])], [readAll(['x7'])]);
    expect(v!.bytes[0]).toBe('?');
  });

  it('follows a pointer to an over-aligned copy whose offset from SP differs from round to round', () => {
    // Argument 0: a 64-aligned union whose only value byte is a _Bool (slot 0), by
    // reference in x7. SP moves 16 bytes a round, the copy stays on its 64-byte boundary;
    // x7's byte 1 reads like slot 0.
    const rounds = dumps((r) => ({
      x: { 7: [0x40, boolByte(r, 0), 0, 0, 0x40, 0, 0, 0] },
      refs: [{ src: 7, offset: 0x140 - 16 * r, bytes: [boolByte(r, 0), JUNK] }],
    }));
    const [v] = locateArgs(aarch64, rounds, [shape([0xff, 0], [1, 0])], [readAll(['x7'])]);
    expect(v!.bytes).toEqual(['ref(x7)+0', null]);
    expect(v!.refAlign).toBe(64); // the copy's address, not SP + round 0's offset
  });

  it('settles an ambiguous _Bool byte among the places a _Bool may be, never in a pointer', () => {
    // As above, the copy at one offset, and a stale byte at stack+8 reads like slot 0 too:
    // the _Bool has two candidates and no value byte beside it to choose by.
    const stack = (r: number): number[] => {
      const s = Array<number>(32).fill(JUNK);
      s[8] = boolByte(r, 0);
      return s;
    };
    const rounds = dumps((r) => ({
      x: { 7: [0x40, boolByte(r, 0), 0, 0, 0x40, 0, 0, 0] },
      stack: stack(r),
      refs: [{ src: 7, offset: 0x140, bytes: [boolByte(r, 0), JUNK] }],
    }));
    const [v] = locateArgs(aarch64, rounds, [shape([0xff, 0], [1, 0])], [readAll(['x7', 'stack'])]);
    expect(v!.bytes).toEqual(['ref(x7)+0', null]);
  });

  it('never starts a value below SP', () => {
    // Byte 1 of a 2-byte _Bool pair (slot 1) also reads like slot 1 at stack+0, which would
    // put the value's start at stack-1.
    const stack = (r: number): number[] => {
      const s = Array<number>(32).fill(JUNK);
      s[0] = boolByte(r, 1);
      s[8] = boolByte(r, 0);
      s[9] = boolByte(r, 1);
      return s;
    };
    const [v] = locateArgs(aarch64, dumps((r) => ({ stack: stack(r) })), [shape([0xff, 0xff], [1, 2])], [readAll(['stack'])]);
    expect(v!.bytes).toEqual(['stack+8', 'stack+9']);
  });
});

describe('locateArgs on a by-reference copy seen twice', () => {
  it('keeps every byte in the copy when another copy in the stack window lines up with the pointer slot', () => {
    // Argument 0: 24 bytes by reference, its pointer at stack+0. Bytes 16 and 17 of the
    // value are also in the window at stack+16 and +17, as if the value started at SP:
    // impossible, the pointer is there.
    const value = (r: number): number[] => Array.from({ length: 24 }, (_, j) => poolByte(r, j));
    const stack = (r: number): number[] => {
      const s = Array<number>(32).fill(JUNK);
      s[16] = poolByte(r, 16);
      s[17] = poolByte(r, 17);
      return s;
    };
    const rounds = dumps((r) => ({ stack: stack(r), refs: [{ src: 8, offset: 0x80, bytes: value(r) }] }));
    const [a] = locateArgs(aarch64, rounds, [shape(Array(24).fill(0xff), Array(24).fill(0))], [readAll(['stack'])]);
    expect(a!.pieces).toEqual(['ref(stack+0)']);
    expect(a!.bytes[16]).toBe('ref(stack+0)+16');
  });
});

describe('locateArgs on a value passed in pieces', () => {
  // The stack window is 128 bytes here: the caller's own copy of the value lies above the
  // outgoing arguments, where -O0 keeps its locals.
  const window = (r: number, placed: Record<number, number>): number[] => {
    const s = Array<number>(128).fill(JUNK);
    for (const [off, j] of Object.entries(placed)) s[Number(off)] = poolByte(r, j);
    return s;
  };

  it('finds the members of an 8-byte HFA passed as scalars in v6, v7 and two stack slots, not the local copy', () => {
    // clang 17-21 pass a bf16 HFA member by member: bytes 0-3 in v6 and v7, bytes 4-5 at
    // stack+0, 6-7 at stack+8. The caller's local copy is whole at stack+88.
    const local = Object.fromEntries(Array.from({ length: 8 }, (_, j) => [88 + j, j]));
    const rounds = dumps((r) => ({ stack: window(r, { ...local, 0: 4, 1: 5, 8: 6, 9: 7 }) }));
    for (const [r, d] of rounds.entries()) {
      d.regs[1]![6]![0] = poolByte(r, 0);
      d.regs[1]![6]![1] = poolByte(r, 1);
      d.regs[1]![7]![0] = poolByte(r, 2);
      d.regs[1]![7]![1] = poolByte(r, 3);
    }
    const [a] = locateArgs(aarch64, rounds, [shape(Array(8).fill(0xff), Array(8).fill(0))], [readAll(['v6', 'v7', 'stack'])]);
    expect(a!.bytes).toEqual(['v6.0', 'v6.1', 'v7.0', 'v7.1', 'stack+0', 'stack+1', 'stack+8', 'stack+9']);
    expect(a!.pieces).toEqual(['v6', 'v7', 'stack+0', 'stack+8']);
  });

  it('finds a 16-byte value split between x7 and stack+0', () => {
    const local = Object.fromEntries(Array.from({ length: 16 }, (_, j) => [64 + j, j]));
    const rounds = dumps((r) => ({
      x: { 7: Array.from({ length: 8 }, (_, j) => poolByte(r, j)) },
      stack: window(r, { ...local, ...Object.fromEntries(Array.from({ length: 8 }, (_, j) => [j, 8 + j])) }),
    }));
    const [a] = locateArgs(aarch64, rounds, [shape(Array(16).fill(0xff), Array(16).fill(0))], [readAll(['x7', 'stack'])]);
    expect(a!.pieces).toEqual(['x7', 'stack+0']);
    expect(a!.bytes.slice(6, 10)).toEqual(['x7.6', 'x7.7', 'stack+0', 'stack+1']);
  });

  it('names a value whole on the stack by its start, across its padding', () => {
    const rounds = dumps((r) => ({ stack: window(r, { 16: 0, 17: 1, 20: 4 }) }));
    const [a] = locateArgs(aarch64, rounds, [shape([0xff, 0xff, 0, 0, 0xff], [0, 0, 0, 0, 0])], [readAll(['stack'])]);
    expect(a!.pieces).toEqual(['stack+16']);
    expect(a!.bytes).toEqual(['stack+16', 'stack+17', null, null, 'stack+20']);
  });
});

/** x86-64 probe dumps: junk registers but general argument register `gpr`'s bytes `bytes(r)`, and the stack `stack(r)`. */
function x86Dumps(stack: (r: number) => number[], gpr?: { reg: number; bytes: (r: number) => number[] }): ProbeDump[] {
  return Array.from({ length: ROUNDS }, (_, r) => {
    const regs = x86_64.registers.map((f) => f.names.map(() => Buffer.alloc(f.bytes, JUNK)));
    if (gpr) regs[0]![gpr.reg] = Buffer.from(gpr.bytes(r));
    return { regs, sp: SP + BigInt(16 * r), stack: Buffer.from(stack(r)), refs: [] };
  });
}

describe('locateArgs where the target passes stack values whole (x86-64)', () => {
  it('takes every _Bool of a value from the stack copy that holds most of them', () => {
    // A struct of three _Bools (slots 0-2) at stack+16; the padding of an earlier 2-byte
    // argument's slot, stack+10, happens to read like slot 2 (clang -O0 left such a byte).
    const stack = (r: number): number[] => {
      const s = Array<number>(32).fill(JUNK);
      [s[16], s[17], s[18], s[10]] = [boolByte(r, 0), boolByte(r, 1), boolByte(r, 2), boolByte(r, 2)];
      return s;
    };
    const [a] = locateArgs(x86_64, x86Dumps(stack), [shape([0xff, 0xff, 0xff], [1, 2, 3])], [readAll(['stack'])]);
    expect(a!.bytes).toEqual(['stack+16', 'stack+17', 'stack+18']);
  });

  it('takes a _Bool beside the value\'s other bytes, not from a lower copy that holds only it', () => {
    // struct { unsigned a : 13; _Bool b; } at stack+8, its _Bool (slot 0) also read at stack+2,
    // the padding of the 2-byte argument at stack+0 (clang -O0, seed 44012 #8205). Voting over
    // the _Bool's copies alone, one each, the lower would win.
    const stack = (r: number): number[] => {
      const s = Array<number>(32).fill(JUNK);
      [s[8], s[9], s[10], s[2]] = [poolByte(r, 0), poolByte(r, 1), boolByte(r, 0), boolByte(r, 0)];
      return s;
    };
    const [a] = locateArgs(x86_64, x86Dumps(stack), [shape([0xff, 0x1f, 0xff, 0], [0, 0, 1, 0])], [readAll(['stack'])]);
    expect(a!.bytes).toEqual(['stack+8', 'stack+9', 'stack+10', null]);
  });

  it('keeps a lone _Bool in its register when the stack holds chance copies of its pattern', () => {
    const stack = (r: number): number[] => {
      const s = Array<number>(32).fill(JUNK);
      [s[9], s[25]] = [boolByte(r, 0), boolByte(r, 0)];
      return s;
    };
    const rdi = (r: number): number[] => [boolByte(r, 0), 0, 0, 0, 0, 0, 0, 0];
    const [a] = locateArgs(x86_64, x86Dumps(stack, { reg: 0, bytes: rdi }), [shape([0xff], [1])], [readAll(['rdi', 'stack'])]);
    expect(a!.bytes).toEqual(['rdi.0']);
  });

  it('keeps the high half of an __int128 split between r9 and stack+0 at stack+0, not in the caller\'s whole copy', () => {
    // clang -O0 leaves the caller's local copies of the whole value at stack+16 and +48.
    const stack = (r: number): number[] => {
      const s = Array<number>(64).fill(JUNK);
      for (let j = 0; j < 16; j++) s[16 + j] = s[48 + j] = poolByte(r, j);
      for (let j = 8; j < 16; j++) s[j - 8] = poolByte(r, j);
      return s;
    };
    const r9 = (r: number): number[] => Array.from({ length: 8 }, (_, j) => poolByte(r, j));
    const [a] = locateArgs(x86_64, x86Dumps(stack, { reg: 5, bytes: r9 }), [shape(Array(16).fill(0xff), Array(16).fill(0))], [readAll(['r9', 'stack'])]);
    expect(a!.pieces).toEqual(['r9', 'stack+0']);
    expect(a!.bytes.slice(8)).toEqual(Array.from({ length: 8 }, (_, j) => `stack+${j}`));
  });

  it('attributes a byte to the place whose destruction broke that byte, not one that broke only others', () => {
    // clang -O0 passes bytes 0-3 of a 12-byte union in xmm0 and 8-11 in xmm1; bytes 4-7
    // are not passed, and the callee's frame holds them, which clobbering rcx changes. The
    // caller left bytes 8-9 in rcx as well: xmm1 holds them, as its clobber shows.
    const rounds = x86Dumps(() => Array<number>(32).fill(JUNK), { reg: 3, bytes: (r) => [poolByte(r, 8), poolByte(r, 9), JUNK, JUNK, JUNK, JUNK, JUNK, JUNK] });
    rounds.forEach((d, r) => {
      d.regs[1]![0] = Buffer.from([0, 1, 2, 3].map((j) => poolByte(r, j)).concat(Array(28).fill(JUNK)));
      d.regs[1]![1] = Buffer.from([8, 9, 10, 11].map((j) => poolByte(r, j)).concat(Array(28).fill(JUNK)));
    });
    const broke: BrokenBy = (place, j) => (place === 'rcx' && j >= 4 && j < 8) || (place === 'xmm0' && j < 4) || (place === 'xmm1' && j >= 8);
    const [a] = locateArgs(x86_64, rounds, [shape(Array(12).fill(0xff), Array(12).fill(0))], [broke]);
    expect(a!.bytes.slice(8)).toEqual(['xmm1.0', 'xmm1.1', 'xmm1.2', 'xmm1.3']);
    // Read per argument, as before, rcx would take them: a general register ranks first.
    const [b] = locateArgs(x86_64, rounds, [shape(Array(12).fill(0xff), Array(12).fill(0))], [readAll(['rcx', 'xmm0', 'xmm1'])]);
    expect(b!.bytes.slice(8, 10)).toEqual(['rcx.0', 'rcx.1']);
  });
});
