// Pure: where each variant believes the arguments are, from a BTF function model alone,
// and what each kernel date refuses. Expected places are worked out by hand from each
// variant's rule (the comments in its file, the kernel code they describe), not taken
// from the code's output.
import { describe, expect, it } from 'vitest';
import { bigReturnRefusal } from '../../src/bpf/big-return.js';
import { ALIGN16_ARG, STRUCT_ARG, type FuncModel } from '../../src/bpf/func-model/model.js';
import { modeByName } from '../../src/bpf/modes.js';
import type { Placement } from '../../src/bpf/placement.js';
import type { Variant } from '../../src/bpf/variant.js';
import { variantsByName } from '../../src/jit/variants-by-name.js';
import { VARIANTS } from '../../src/targets/aarch64/jit/variants/index.js';
import { planned, places as placesOf } from './planned.js';

const v = (name: string): Variant => variantsByName(name, VARIANTS)[0]!;
const pre2025 = v('linux-pre2025-regs-only');
const merge2025 = v('linux-9014cf56f13d-2025-05');
const mainline = v('linux-c48796aa6c39-2026-08');
const placeArgs = v('linux-afdbb4cdd3d2-2026-09');
const rfc = v('rfc-2025-largest-member');

/** sizes, and per argument: 's' struct (largest member 16), 'a' 16-aligned per BTF. */
function model(args: [number, string?][], retSize = 8): FuncModel {
  const sizes = args.map(([s]) => s);
  return {
    nrArgs: args.length, argSize: sizes, retSize, retFlags: 0,
    argFlags: args.map(([, f]) => (f?.includes('s') ? STRUCT_ARG : 0)),
    btfAlign: sizes.map(() => 8), trueAlign: sizes.map(() => 8), naturalAlign: sizes.map(() => 8),
    largestMemberSize: args.map(([, f]) => (f?.includes('s') ? 16 : 0)),
    reworkAlign: args.map(([s, f]) => (f?.includes('a') ? 16 : Math.min(s, 8))),
  };
}

const places = (variant: Variant, m: FuncModel): string[] => placesOf(variant, m, (a) => `x${a.first}`);

// The seed thread's f0: three __int128, a u64, an __int128, a u64, then struct {__int128}.
const f0 = model([[16, 'a'], [16, 'a'], [16, 'a'], [8], [16, 'a'], [8], [16, 'sa']]);

describe('variant placements', () => {
  it('mainline: greedy 8-byte slots, the first misfit and all after it packed on the stack', () => {
    expect(places(mainline, f0)).toEqual(['x0', 'x2', 'x4', 'x6', 'stack+0', 'stack+16', 'stack+24']);
    // No even-register rounding: a long then an __int128 takes x1-x2.
    expect(places(mainline, model([[8], [16, 'a']]))).toEqual(['x0', 'x1']);
    // Once one argument spilled, a later small one does not back-fill x7.
    expect(places(mainline, model([[8], [8], [8], [8], [8], [8], [8], [16], [4]]))).toEqual(['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'stack+0', 'stack+16']);
  });

  it('the RFC aligns stack arguments to their largest member, place-args to the BTF ALIGN16 flag', () => {
    expect(places(rfc, f0)).toEqual(['x0', 'x2', 'x4', 'x6', 'stack+0', 'stack+16', 'stack+32']);
    expect(places(placeArgs, f0)).toEqual(['x0', 'x2', 'x4', 'x6', 'stack+0', 'stack+16', 'stack+32']);
    // place-args rounds an ALIGN16 argument up to an even register; mainline does not.
    expect(places(placeArgs, model([[8], [16, 'a'], [8]]))).toEqual(['x0', 'x2', 'x4']);
  });

  it('place-args refuses more than 12 context slots, which mainline takes', () => {
    const big = model([[16], [16], [16], [16], [16], [16], [8]]);
    expect(places(placeArgs, big)).toEqual(['refused: 13 argument slots > 12']);
    expect(places(mainline, big)).toHaveLength(7);
  });

  it('the 2025 merge refuses a struct on the stack but not a scalar', () => {
    expect(places(merge2025, f0)).toEqual(['refused: argument 7 is a struct passed on the stack']);
    expect(places(merge2025, model([[16], [16], [16], [16], [8]]))).toEqual(['x0', 'x2', 'x4', 'x6', 'stack+0']);
  });

  it('keeps the BPF context packed whatever the registers', () => {
    const p = planned(placeArgs, model([[8], [16, 'a'], [4]])) as Placement;
    expect(p.args.map((a) => a.slot)).toEqual([0, 1, 3]);
    expect(p.nslots).toBe(4);
  });
});

describe('before 2025: argument registers counted, extra ones for structs only', () => {
  it('an __int128 counts one register: ctx[k] = xk for the registers counted, ctx[-1] one short', () => {
    // long int128_arg(__int128 a, int b, long c): nregs = 3 + 0 = 3.
    const p = planned(pre2025, model([[16], [4], [8]])) as Placement;
    expect(p.args.map((a) => [a.in === 'regs' && a.first, a.slot, a.size])).toEqual([[0, 0, 8], [1, 1, 4], [2, 2, 8]]);
    expect(p.nslots).toBe(3);
  });
  it('a 16-byte struct counts two', () => {
    const p = planned(pre2025, model([[16, 's'], [4]])) as Placement;
    expect(p.args.map((a) => [a.in === 'regs' && a.first, a.size])).toEqual([[0, 16], [2, 4]]);
    expect(p.nslots).toBe(3);
  });
  it('-ENOTSUPP above 8 counted registers, so an __int128 and seven longs (nine real slots) pass', () => {
    expect(places(pre2025, model([[16, 's'], ...Array.from({ length: 7 }, (): [number] => [8])]))).toEqual(['refused: 9 argument registers counted > 8']);
    expect(places(pre2025, model([[16], ...Array.from({ length: 7 }, (): [number] => [8])]))).toHaveLength(8);
  });
});

describe('the verifier refuses >8-byte returns on return-reading attach types (c48796aa6c39)', () => {
  const [fentry, fexit, fmodRet] = ['fentry', 'fexit', 'fmod_ret'].map((n) => modeByName(n)!);
  it('fexit and fmod_ret are refused for an __int128 or a 9-16 byte struct, fentry is not', () => {
    for (const size of [9, 12, 16]) {
      expect(bigReturnRefusal(model([[4]], size), fexit!)).toBe(`fexit: a ${size}-byte return value is not supported for this attach type (verifier, c48796aa6c39)`);
      expect(bigReturnRefusal(model([[4]], size), fmodRet!)).toMatch(/^fmod_ret: /);
      expect(bigReturnRefusal(model([[4]], size), fentry!)).toBeUndefined();
    }
    expect(bigReturnRefusal(model([[4]], 8), fexit!)).toBeUndefined();
  });
  it('from 2026-08 on only', () => {
    const ret16 = model([[4]], 16);
    expect(mainline.refuseMode?.(ret16, fexit!)).toBeDefined();
    expect(placeArgs.refuseMode?.(ret16, fexit!)).toBeDefined();
    for (const old of [pre2025, merge2025, rfc, v('linux-dc704d0cfa43-2025-07'), v('linux-ccb4f5d91ec4-2025-09')]) expect(old.refuseMode?.(ret16, fexit!)).toBeUndefined();
  });
});

describe('variants by name', () => {
  it('the old names are aliases of the commit names, each variant once', () => {
    expect(variantsByName('linux-mainline,linux-c48796aa6c39-2026-08', VARIANTS).map((x) => x.name)).toEqual(['linux-c48796aa6c39-2026-08']);
    expect(variantsByName('linux-2024-regs-only,linux-2025-no-stack-structs,place-args', VARIANTS).map((x) => x.name))
      .toEqual(['linux-pre2025-regs-only', 'linux-9014cf56f13d-2025-05', 'linux-afdbb4cdd3d2-2026-09']);
  });
  it('every kernel variant names its commits and date; names and aliases are unique', () => {
    const names = VARIANTS.flatMap((x) => [x.name, ...(x.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const x of VARIANTS.filter((y) => y.name.startsWith('linux-'))) {
      expect(x.mirrors.commits.length).toBeGreaterThan(0);
      expect(x.mirrors.date).toMatch(/^\d{4}-\d\d$/);
    }
  });
});

it('place-args reads the rework flag, not the mainline flags', () => {
  const m = model([[8], [16, 'a']]);
  expect(m.argFlags.some((f) => (f & ALIGN16_ARG) !== 0)).toBe(false);
  expect(places(placeArgs, m)).toEqual(['x0', 'x2']);
});
