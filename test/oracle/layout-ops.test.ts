// Integration: the mask and boolmap records the harness writes for a value, from its
// layout tables and their ops, on real compilers under qemu. Expected bytes are worked
// out by hand from the C layout rules in the comments (AAPCS64 data layout, LP64).
import { describe, expect, it } from 'vitest';
import { groupRecords } from '../../src/oracle/observe.js';
import { buildBatch } from '../../src/oracle/oracle.js';
import { runAll } from '../../src/oracle/run.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { inputsOf } from './helpers.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** Per config id: [mask, boolmap] of every value of the batch's first prototype, as hex. */
async function shapes(text: string, compilers: string[]): Promise<Map<string, [string, string][]>> {
  const configs = makeConfigs(compilers, ['O0', 'O2'], 'user');
  const batch = await buildBatch(inputsOf(text), { configs });
  try {
    const { records } = await runAll({ emulator: batch.emulator, binary: batch.binary, timeoutMs: 60_000 }, batch.plans.length);
    const groups = groupRecords(records);
    const nvalues = batch.plans[0]!.params.length + (batch.plans[0]!.ret ? 1 : 0);
    return new Map(configs.map((c, i) => {
      const g = groups.get(`0:${i}`)!;
      return [c.id, Array.from({ length: nvalues }, (_, v): [string, string] => [hex(g.mask.get(v)!.data), hex(g.boolmap.get(v)!.data)])];
    }));
  } finally {
    await batch.cleanup();
  }
}

describe('value layout tables', () => {
  it('marks padding, _Bool slots through arrays of records, and bit-fields repeated per element', async () => {
    const text = `
      struct pad { char c; int i; };
      struct q { _Bool a; char c; };
      struct r { struct q e[3]; _Bool z; };
      struct s { unsigned a : 3; unsigned b : 2; };
      struct t { struct s e[2]; };
      struct x { _Bool f : 1; char c; };
      struct y { char c; _Bool m[2][2]; };
      long f(struct pad a, struct r b, struct t c, struct x d, struct y e, _Bool g);`;
    const expected: [string, string][] = [
      // char at 0, int aligned to 4: bytes 1-3 are padding.
      ['ff000000ffffffff', '0000000000000000'],
      // q is 2 bytes, e[k].a at 2k takes slots 0, 1, 2 (boolmap 1 + slot), z at 6 slot 3.
      ['ffffffffffffff', '01000200030004'],
      // s is one 4-byte unit, a in bits 0-2 and b in bits 3-4 (allocated from the least
      // significant bit): 0x1f in the first byte of each element.
      ['1f0000001f000000', '0000000000000000'],
      // A 1-bit _Bool bit-field is a value bit, not a _Bool byte of its own.
      ['01ff', '0000'],
      // m[i][j] at 1 + 2i + j, slots 4-7 in row-major order.
      ['ffffffffff', '0005060708'],
      // A top-level _Bool takes the next slot, 8.
      ['ff', '09'],
      // The long return value: every byte a value byte.
      ['ffffffffffffffff', '0000000000000000'],
    ];
    const got = await shapes(text, ['gcc-12', 'clang-19']);
    expect([...got.keys()]).toEqual(['gcc-12/O0', 'gcc-12/O2', 'clang-19/O0', 'clang-19/O2']);
    for (const [, values] of got) expect(values).toEqual(expected);
  });

  it("marks only a _BitInt's value bits, and its partial top byte as one callers may normalize", async () => {
    // _BitInt(12) takes 2 bytes (clang: size and alignment 2): byte 0 whole, the low 4 bits
    // of byte 1; the rest of byte 1 is padding, and the boolmap marks the byte 0xff. In the
    // union, c adds nothing beyond byte 0.
    const text = `
      union u { _BitInt(12) w; char c; };
      struct v { _BitInt(12) w; _Bool b; };
      void g(union u a, struct v b);`;
    const got = await shapes(text, ['clang-19']);
    for (const [, values] of got) {
      expect(values).toEqual([
        ['ff0f', '00ff'],
        // w in bytes 0-1, b at 2, then padding to _BitInt(12)'s alignment of 2.
        ['ff0fff00', '00ff0100'],
      ]);
    }
  });
});
