// Pure: where each variant believes the arguments are, from a BTF function model alone.
// Expected places are worked out by hand from each variant's rule (docs/validate-your-jit-change.md).
import { describe, expect, it } from 'vitest';
import { ALIGN16_ARG, STRUCT_ARG, type FuncModel } from '../../src/bpf/func-model/model.js';
import type { ArgPlace, Placement } from '../../src/bpf/placement.js';
import { linux2025NoStackStructs } from '../../src/targets/aarch64/jit/variants/linux-2025-no-stack-structs.js';
import { linuxMainline } from '../../src/targets/aarch64/jit/variants/linux-mainline.js';
import { placeArgs } from '../../src/targets/aarch64/jit/variants/place-args.js';
import { rfc2025LargestMember } from '../../src/targets/aarch64/jit/variants/rfc-2025-largest-member.js';
import type { Variant } from '../../src/bpf/variant.js';

/** sizes, and per argument: 's' struct (largest member 16), 'a' 16-aligned per BTF. */
function model(args: [number, string?][]): FuncModel {
  const sizes = args.map(([s]) => s);
  return {
    nrArgs: args.length, argSize: sizes, retSize: 8, retFlags: 0,
    argFlags: args.map(([, f]) => (f?.includes('s') ? STRUCT_ARG : 0)),
    btfAlign: sizes.map(() => 8), trueAlign: sizes.map(() => 8), naturalAlign: sizes.map(() => 8),
    largestMemberSize: args.map(([, f]) => (f?.includes('s') ? 16 : 0)),
    reworkAlign: args.map(([s, f]) => (f?.includes('a') ? 16 : Math.min(s, 8))),
  };
}

function places(v: Variant, m: FuncModel): string[] {
  const p = v.place({ model: m, abi: () => { throw new Error('only reference may look at the ABI'); } });
  if (!p.ok) return [`refused: ${p.reason}`];
  return p.placement.args.map((a: ArgPlace) => (a.in === 'regs' ? `x${a.first}` : `stack+${a.from}`));
}

// The seed thread's f0: three __int128, a u64, an __int128, a u64, then struct {__int128}.
const f0 = model([[16, 'a'], [16, 'a'], [16, 'a'], [8], [16, 'a'], [8], [16, 'sa']]);

describe('variant placements', () => {
  it('mainline: greedy 8-byte slots, the first misfit and all after it packed on the stack', () => {
    expect(places(linuxMainline, f0)).toEqual(['x0', 'x2', 'x4', 'x6', 'stack+0', 'stack+16', 'stack+24']);
    // No even-register rounding: a long then an __int128 takes x1-x2.
    expect(places(linuxMainline, model([[8], [16, 'a']]))).toEqual(['x0', 'x1']);
    // Once one argument spilled, a later small one does not back-fill x7.
    expect(places(linuxMainline, model([[8], [8], [8], [8], [8], [8], [8], [16], [4]]))).toEqual(['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'stack+0', 'stack+16']);
  });

  it('the RFC aligns stack arguments to their largest member, place-args to the BTF ALIGN16 flag', () => {
    expect(places(rfc2025LargestMember, f0)).toEqual(['x0', 'x2', 'x4', 'x6', 'stack+0', 'stack+16', 'stack+32']);
    expect(places(placeArgs, f0)).toEqual(['x0', 'x2', 'x4', 'x6', 'stack+0', 'stack+16', 'stack+32']);
    // place-args rounds an ALIGN16 argument up to an even register; mainline does not.
    expect(places(placeArgs, model([[8], [16, 'a'], [8]]))).toEqual(['x0', 'x2', 'x4']);
  });

  it('the 2025 merge refuses a struct on the stack but not a scalar', () => {
    expect(places(linux2025NoStackStructs, f0)).toEqual(['refused: argument 7 is a struct passed on the stack']);
    expect(places(linux2025NoStackStructs, model([[16], [16], [16], [16], [8]]))).toEqual(['x0', 'x2', 'x4', 'x6', 'stack+0']);
  });

  it('keeps the BPF context packed whatever the registers', () => {
    const p = placeArgs.place({ model: model([[8], [16, 'a'], [4]]), abi: () => { throw new Error('unused'); } });
    expect(p.ok && (p.placement as Placement).args.map((a) => a.slot)).toEqual([0, 1, 3]);
    expect(p.ok && p.placement.nslots).toBe(4);
  });
});

it('place-args reads the rework flag, not the mainline flags', () => {
  const m = model([[8], [16, 'a']]);
  expect(m.argFlags.some((f) => (f & ALIGN16_ARG) !== 0)).toBe(false);
  expect(places(placeArgs, m)).toEqual(['x0', 'x2']);
});
