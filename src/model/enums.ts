// Enum layout, GCC rules: the underlying type is `int` when every value fits, else
// `unsigned int`, else `long` / `unsigned long`; a `packed` enum takes the smallest
// integer type that holds every value.
import type { EnumDecl } from '../c/ir.js';
import { shape, type Shape } from './shape.js';

function fits(values: readonly bigint[], bytes: number): boolean {
  const bits = BigInt(bytes * 8);
  const signed = values.every((v) => v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n));
  return signed || values.every((v) => v >= 0n && v < 1n << bits);
}

const SMALL = /^-?\d{1,9}$/;

export function enumSize(e: Pick<EnumDecl, 'values' | 'attrs'>): number {
  // Most enums hold small values: no need for BigInt then.
  if (!e.attrs.packed && e.values.every((v) => SMALL.test(v.value))) return 4;
  const values = e.values.map((v) => BigInt(v.value));
  const sizes = e.attrs.packed ? [1, 2, 4, 8] : [4, 8];
  return sizes.find((n) => fits(values, n)) ?? 8;
}

/**
 * `aligned(N)` after an enum's closing brace is ignored by gcc 12 (it neither raises nor
 * lowers the alignment) while clang 19 applies it: the model follows gcc for layout.
 */
export function enumShape(e: Pick<EnumDecl, 'values' | 'attrs'>): Shape {
  const size = enumSize(e);
  return shape({ k: 'int', size, align: size, natural: size, bool: false });
}
