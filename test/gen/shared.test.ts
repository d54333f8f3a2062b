import { describe, expect, it, vi } from 'vitest';
import type { Member, Type } from '../../src/c/ir.js';
import { prototypeAt } from '../../src/campaign/source.js';
import { arrayOf, attrsOf, param, pointerTo, scalarType, sharedMember } from '../../src/gen/shared.js';
import { categoriesOf } from './categories.js';

const members = (index: number): Member[] =>
  prototypeAt(11, index, 'user').header.decls.flatMap((d) => (d.kind === 'record' ? d.def.members : []));

describe('shared IR nodes', () => {
  it('leave every prototype as it would be alone: what was generated before does not matter', async () => {
    const inTurn = Array.from({ length: 150 }, (_, i) => JSON.stringify(prototypeAt(11, i, 'user').header));
    for (let i = 0; i < 150; i += 15) {
      vi.resetModules(); // a generator with nothing shared yet
      const alone = (await import('../../src/campaign/source.js')).prototypeAt(11, i, 'user');
      expect(JSON.stringify(alone.header)).toBe(inTurn[i]);
    }
  });

  it('leave every prototype of either profile as it would be alone, the new kinds of type included', async () => {
    for (const profile of ['user', 'kernel'] as const) {
      const indices = Array.from({ length: 60 }, (_, k) => k * 997);
      const inTurn = indices.map((i) => JSON.stringify(prototypeAt(23, i, profile).header));
      const kinds = new Set(indices.flatMap((i) => [...categoriesOf(prototypeAt(23, i, profile).header)].map((c) => c.replace(/^(param|ret) /, '').split(' ')[0]!)));
      if (profile === 'user') for (const k of ['vector', 'homogeneous', 'empty']) expect(kinds).toContain(k);
      for (let k = 0; k < indices.length; k += 6) {
        vi.resetModules(); // a generator with nothing shared, no arbitrary and no weight table made yet
        const alone = (await import('../../src/campaign/source.js')).prototypeAt(23, indices[k]!, profile);
        expect(JSON.stringify(alone.header)).toBe(inTurn[k]);
      }
    }
  });

  it('are one object per structure, across prototypes', () => {
    const all = Array.from({ length: 100 }, (_, i) => members(i)).flat();
    expect(new Set(all).size).toBeLessThan(all.length * 0.8);
    const int = scalarType('int');
    expect(pointerTo(int)).toBe(pointerTo(scalarType('int')));
    expect(arrayOf(int, 3)).toBe(arrayOf(int, 3));
    expect(arrayOf(int, 3)).not.toBe(arrayOf(int, 4));
    expect(param('p1', int)).toBe(param('p1', int));
    expect(attrsOf(true, 8)).toStrictEqual({ packed: true, aligned: 8 });
  });

  it('tell apart members that differ in any part, and keep private what has a private part', () => {
    const int = scalarType('int');
    const plain = sharedMember({ name: 'a', type: int, attrs: attrsOf(false, undefined) });
    const aligned = sharedMember({ name: 'a', type: int, attrs: attrsOf(false, undefined), alignas: 8 });
    const bits = sharedMember({ name: 'a', type: int, bits: 3, attrs: attrsOf(false, undefined) });
    expect(new Set([plain, aligned, bits]).size).toBe(3);
    expect(aligned).toStrictEqual({ name: 'a', type: int, attrs: {}, alignas: 8 });
    const inline: Type = { t: 'record', def: { kind: 'struct', members: [], attrs: {} } };
    const m = { name: 'b', type: inline, attrs: attrsOf(false, undefined) };
    expect(sharedMember(m)).toBe(m);
    expect(sharedMember({ ...m })).not.toBe(m);
  });
});
