// The weight tables: every weight names a choice point and one of its options, and is a
// non-negative integer (draws are integers); the derived table changes weights, never
// which options exist.
import { describe, expect, it } from 'vitest';
import { BASE, CHOICES, weightsFor, type Point } from '../../src/gen/weights.js';
import { TUNED } from '../../src/gen/weights-tuned.js';

describe('generator weights', () => {
  it('give every option of every point a weight, in BASE and in each profile\'s table', () => {
    for (const w of [BASE, weightsFor('user'), weightsFor('kernel'), weightsFor('user', 'base')]) {
      for (const p of Object.keys(CHOICES) as Point[]) {
        expect(Object.keys(w[p]).sort()).toEqual([...CHOICES[p]].sort());
        for (const v of Object.values(w[p] as Record<string, number>)) expect(Number.isInteger(v) && v >= 0).toBe(true);
      }
    }
  });

  it('derive from BASE only what exists, and drop no option BASE offers', () => {
    for (const profile of ['user', 'kernel'] as const) {
      for (const [p, options] of Object.entries(TUNED[profile])) {
        expect(Object.keys(CHOICES)).toContain(p);
        for (const [o, v] of Object.entries(options as Record<string, number>)) {
          expect(CHOICES[p as Point] as readonly string[]).toContain(o);
          if ((BASE[p as Point] as Record<string, number>)[o]! > 0) expect(v).toBeGreaterThan(0);
        }
      }
    }
    expect(weightsFor('user', 'base')).toBe(BASE);
  });
});
