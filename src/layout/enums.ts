// Enum layout, GCC rules: the underlying type is `int` when every value fits, else
// `unsigned int`, else `long` / `unsigned long`; a `packed` enum takes the smallest
// integer type that holds every value.
import type { EnumDecl } from '../c/ir.js';
import { GCC_LAYOUT, type LayoutRules } from './rules.js';
import { shape, type Shape } from './shape.js';

/** Per size in bytes: the signed range [lo, hi) and the unsigned bound. */
const RANGES = [1, 2, 4, 8].map((bytes) => {
  const bits = BigInt(bytes * 8);
  return { bytes, lo: -(1n << (bits - 1n)), hi: 1n << (bits - 1n), uhi: 1n << bits };
});
const PLAIN = RANGES.filter((r) => r.bytes >= 4);

/** |n| < 10^9, for the canonical decimal strings the IR holds (BigInt's toString). */
const isSmall = (value: string): boolean => value.length <= (value.charCodeAt(0) === 45 /* - */ ? 10 : 9);

export function enumSize(e: Pick<EnumDecl, 'values' | 'attrs'>): number {
  // Most enums hold small values: no need for BigInt then.
  if (!e.attrs.packed && e.values.every((v) => isSmall(v.value))) return 4;
  // Whether a set of values fits a type depends only on its extremes.
  let min = 0n;
  let max = 0n;
  e.values.forEach((v, i) => {
    const n = BigInt(v.value);
    if (i === 0 || n < min) min = n;
    if (i === 0 || n > max) max = n;
  });
  const fits = (r: (typeof RANGES)[number]): boolean => (min >= r.lo && max < r.hi) || (min >= 0n && max < r.uhi);
  return (e.attrs.packed ? RANGES : PLAIN).find(fits)?.bytes ?? 8;
}

/**
 * `aligned(N)` after an enum's closing brace is ignored by gcc 12 (it neither raises nor
 * lowers the alignment); a dialect may say otherwise (`rules.enumAlign`).
 */
export function enumShape(e: Pick<EnumDecl, 'values' | 'attrs'>, rules: LayoutRules = GCC_LAYOUT): Shape {
  const size = enumSize(e);
  if (!rules.enumAlign) return ENUM_SHAPES.get(size)!;
  const align = rules.enumAlign(size, e.attrs.aligned);
  return align === size ? ENUM_SHAPES.get(size)! : shape({ k: 'int', size, align, natural: size, canonical: align, bool: false });
}

/** Shapes are values: every enum of one size shares one. */
const ENUM_SHAPES = new Map(RANGES.map(({ bytes: size }) => [size, shape({ k: 'int', size, align: size, natural: size, bool: false })]));
