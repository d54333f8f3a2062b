// Rounding up to a multiple: offsets to an alignment, sizes to a slot. One definition for
// the layout engine, the classifiers, the shrinker and the trampolines.
export const roundUp = (n: number, to: number): number => Math.ceil(n / to) * to;
