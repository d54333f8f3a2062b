// A minimal source of choices for the header generator. The generator needs context
// (what is declared so far, alignments) to keep its output valid C, which is awkward to
// express with combinators; drawing choices one by one from fast-check's `gen` keeps it
// deterministic per seed and still lets fast-check shrink the drawn integers.
import fc from 'fast-check';

export interface Draw {
  /** A uniform integer in [min, max]. */
  int(min: number, max: number): number;
}

// One builder per range, each closing over its own arbitrary: fast-check's gen caches
// arbitraries per builder by comparing argument lists one by one, which with a single
// builder for every range cost more than all the rest of generation.
const uniforms = new Map<string, () => fc.Arbitrary<number>>();

function uniform(min: number, max: number): () => fc.Arbitrary<number> {
  const key = `${min},${max}`;
  let builder = uniforms.get(key);
  if (!builder) {
    const arb = fc.noBias(fc.integer({ min, max }));
    builder = () => arb;
    uniforms.set(key, builder);
  }
  return builder;
}

export function drawFrom(g: fc.GeneratorValue): Draw {
  return { int: (min, max) => g(uniform(min, max)) };
}

/** True with probability p; a draw shrunk towards 0 says no, so counterexamples shrink to plain C. */
export function chance(d: Draw, p: number): boolean {
  return d.int(0, 999) >= 1000 - Math.round(p * 1000);
}

export function pick<T>(d: Draw, xs: readonly T[]): T {
  if (xs.length === 0) throw new Error('pick from an empty list');
  return xs[d.int(0, xs.length - 1)]!;
}

/** One of the choices, with probability proportional to its weight. */
export function weighted<T>(d: Draw, choices: readonly (readonly [number, T])[]): T {
  const total = choices.reduce((n, [w]) => n + w, 0);
  let r = d.int(0, total - 1);
  for (const [w, x] of choices) {
    if (r < w) return x;
    r -= w;
  }
  throw new Error('weighted: no choices');
}
