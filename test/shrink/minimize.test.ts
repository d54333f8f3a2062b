import { describe, expect, it } from 'vitest';
import type { Header } from '../../src/c/ir.js';
import { scopeOf, typedefOf } from '../../src/c/scope.js';
import type { PrototypeInput } from '../../src/data/prototype.js';
import { candidates, tidy } from '../../src/shrink/candidates.js';
import { minimize, type Keeps } from '../../src/shrink/minimize.js';
import { sitesOf } from '../../src/shrink/sites.js';
import { sizeOf } from '../../src/shrink/size.js';
import { flat, inputOf } from './helpers.js';

// corpus/divergences/bool-bitfield-overaligned-typedef.h, buried in unrelated parameters,
// members and types.
const BLOWN_UP = [
  'typedef unsigned int u32_a32 __attribute__((aligned(32)));',
  'typedef long plain_t;',
  'enum colour { RED, GREEN = 7 };',
  'struct extra { short s; char c[4]; enum colour k; };',
  'struct bf { char b[16]; u32_a32 c : 5; plain_t d; struct extra e; union { int i; float f; } u; } __attribute__((packed));',
  'long takes(struct bf s, struct extra x, int n, double d, plain_t p);',
].join('\n');

/** The fake finding: some bit-field's declared type is a typedef with aligned(32). */
function hasOveralignedBitField(h: Header): boolean {
  const scope = scopeOf(h);
  return sitesOf(h).records.some((r) => r.def.members.some((m) => m.bits !== undefined && m.type.t === 'named' && typedefOf(scope, m.type.name)?.attrs.aligned === 32));
}

/** A fake oracle that records each batch it is asked about. */
function fakeKeeps(pred: (h: Header) => boolean): { keeps: Keeps; batches: PrototypeInput[][] } {
  const batches: PrototypeInput[][] = [];
  return { batches, keeps: async (batch) => (batches.push(batch), batch.map((c) => pred(c.header))) };
}

describe('minimize with a fake oracle', () => {
  it('reaches a 1-minimal prototype, one batch per round', async () => {
    const { keeps, batches } = fakeKeeps(hasOveralignedBitField);
    const sizes: number[] = [];
    const input = inputOf(BLOWN_UP);
    const r = await minimize(input, keeps, { onRound: (x) => x.accepted && sizes.push(sizeOf(x.accepted)) });
    expect(flat(r.result)).toBe('typedef unsigned char t0 __attribute__((aligned(32))); struct s0 { t0 a : 1; }; void f0(struct s0 p0);');
    // 1-minimal: no one-step simplification keeps the finding.
    expect(candidates(r.result).filter((c) => hasOveralignedBitField(c.header))).toEqual([]);
    // Each round is exactly one call holding all the round's candidates.
    expect(batches.length).toBe(r.rounds);
    expect(batches.reduce((n, b) => n + b.length, 0)).toBe(r.evaluated);
    expect(batches[0]!.map(flat)).toEqual(candidates(input).map(flat));
    // Progress is strict except for the one rename.
    const steps = [sizeOf(tidy(input)), ...sizes];
    const flatSteps = steps.slice(1).filter((n, i) => n >= steps[i]!);
    expect(flatSteps.length).toBeLessThanOrEqual(1);
  });

  it('stops at once when nothing keeps the finding', async () => {
    const input = inputOf(BLOWN_UP);
    const { keeps } = fakeKeeps(() => false);
    const r = await minimize(input, keeps);
    expect(r.rounds).toBe(1);
    expect(r.evaluated).toBe(candidates(input).length);
    expect(flat(r.result)).toBe(flat(tidy(input)));
  });

  it('honours maxRounds', async () => {
    const { keeps } = fakeKeeps(hasOveralignedBitField);
    const r = await minimize(inputOf(BLOWN_UP), keeps, { maxRounds: 2 });
    expect(r.rounds).toBe(2);
    expect(candidates(r.result).some((c) => hasOveralignedBitField(c.header))).toBe(true);
  });

  it('starts no round after `until`: a slow oracle is cut at the campaign budget', async () => {
    // Each round takes 30 ms; the search may start rounds for 50 ms: two or three rounds, then it stops.
    const slow: Keeps = async (batch) => (await new Promise((r) => setTimeout(r, 30)), batch.map((c) => hasOveralignedBitField(c.header)));
    const r = await minimize(inputOf(BLOWN_UP), slow, { until: Date.now() + 50 });
    expect(r.rounds).toBeGreaterThanOrEqual(1);
    expect(r.rounds).toBeLessThanOrEqual(3);
    expect(candidates(r.result).some((c) => hasOveralignedBitField(c.header))).toBe(true);
    const none = await minimize(inputOf(BLOWN_UP), slow, { until: Date.now() });
    expect(none.rounds).toBe(0);
  });

  it('takes the first candidate that keeps: always "yes" ends in the emptiest prototype', async () => {
    const r = await minimize(inputOf(BLOWN_UP), async (batch) => batch.map(() => true));
    expect(flat(r.result)).toBe('void f0(void);');
  });

  it('rejects a keeps that answers for a different number of candidates', async () => {
    await expect(minimize(inputOf(BLOWN_UP), async () => [true])).rejects.toThrow(/verdicts/);
  });
});
