// Issue 16, part 5: the generator reaches every type the ABI has, in every position,
// return value included; and the kernel profile stays within its limits.
import { describe, expect, it } from 'vitest';
import { functionsOf } from '../../src/c/ir.js';
import { prototypeAt } from '../../src/campaign/source.js';
import { categoriesOf, userCategories } from './categories.js';

const N = 20_000;

describe('the user profile', () => {
  it(`reaches every category within ${N} prototypes, each at least 3 times`, () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < N; i++) for (const c of categoriesOf(prototypeAt(16, i, 'user').header)) seen.set(c, (seen.get(c) ?? 0) + 1);
    const rare = userCategories().filter((c) => (seen.get(c) ?? 0) < 3).map((c) => `${c}: ${seen.get(c) ?? 0}`);
    expect(rare).toEqual([]);
  });
});

describe('the kernel profile', () => {
  it('stays within 12 parameters and without floating point or vectors, and reaches empty records', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const h = prototypeAt(16, i, 'kernel').header;
      expect(functionsOf(h)[0]!.params.length).toBeLessThanOrEqual(12);
      const cats = categoriesOf(h);
      for (const c of cats) seen.add(c);
    }
    expect([...seen].filter((c) => /vector|homogeneous|float|double|bf16|complex|floating/.test(c))).toEqual([]);
    expect(seen).toContain('param empty record');
    expect(seen).toContain('12 parameters');
  });
});
