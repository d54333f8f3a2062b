// Fundamental types of LP64 Linux (aarch64: AAPCS64 §5.1, GCC's aarch64 port; x86-64
// agrees on every size and alignment here) and `_BitInt(N)` as clang 18+ lays it out on
// aarch64 (gcc 12 has no `_BitInt`). The one scalar table: the generator and the shrinker
// take sizes and alignments from here too.
import type { Scalar } from '../c/ir.js';
import { shape, type FpKind, type Shape } from './shape.js';

const int = (size: number, bool = false): Shape => shape({ k: 'int', size, align: size, natural: size, bool });
const fp = (fk: FpKind, size: number): Shape => shape({ k: 'fp', fp: fk, size, align: size, natural: size });
const complex = (fk: FpKind, part: number): Shape => shape({ k: 'complex', fp: fk, size: 2 * part, align: part, natural: part });

const SCALAR_SHAPES: Record<Scalar, Shape> = {
  bool: int(1, true),
  char: int(1), schar: int(1), uchar: int(1),
  short: int(2), ushort: int(2),
  int: int(4), uint: int(4),
  long: int(8), ulong: int(8), llong: int(8), ullong: int(8),
  int128: int(16), uint128: int(16),
  float16: fp('f16', 2), bf16: fp('bf16', 2), float: fp('f32', 4), double: fp('f64', 8),
  // IEEE binary128 on aarch64 Linux: 16 bytes, 16-aligned, passed in q registers.
  ldouble: fp('f128', 16),
  cfloat16: complex('f16', 2), cfloat: complex('f32', 4), cdouble: complex('f64', 8), cldouble: complex('f128', 16),
};

/** x86-64's long double: the x87 extended format, 16 bytes and 16-aligned, 10 of them value. */
export const X87_SCALARS: Partial<Record<Scalar, Shape>> = { ldouble: fp('x87', 16), cldouble: complex('x87', 16) };

export function scalarShape(s: Scalar): Shape {
  return SCALAR_SHAPES[s];
}

/** The integer scalars, `_Bool` first, with their width in bits: the widest bit-field of each. */
export const INTEGER_BITS: Partial<Record<Scalar, number>> = Object.fromEntries(
  Object.entries(SCALAR_SHAPES).flatMap(([s, sh]) => (sh.k === 'int' ? [[s, sh.bool ? 1 : sh.size * 8]] : [])),
);

export const POINTER: Shape = int(8);

/**
 * clang ≥ 18 on aarch64: the smallest of 1, 2, 4, 8 bytes that holds N bits, and 16-byte
 * chunks (16-aligned) above 64 bits. clang ≤ 16 aligned `_BitInt(65..128)` to 8; gcc 14
 * (not a config here) uses yet another layout.
 */
export function bitIntShape(bits: number): Shape {
  return (BITINT_SHAPES[bits] ??= newBitIntShape(bits));
}

/** By N: shapes are values, shared by every `_BitInt(N)`. */
const BITINT_SHAPES: Shape[] = [];

const bitIntSize = (bits: number): number => (bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : bits <= 64 ? 8 : 16 * Math.ceil(bits / 128));

function newBitIntShape(bits: number): Shape {
  const size = bitIntSize(bits);
  const align = Math.min(size, 16);
  return shape({ k: 'int', size, align, natural: align, bool: false, bitint: bits });
}

/**
 * x86-64's `_BitInt(N)` (the psABI, and clang 16 on): like the integer of 1, 2, 4 or 8
 * bytes that holds N bits, and above 64 bits 8-byte chunks, 8-aligned.
 */
export function x86BitIntLayout(bits: number): { size: number; align: number; natural: number } {
  const size = bits <= 64 ? bitIntSize(bits) : 8 * Math.ceil(bits / 64);
  const align = Math.min(size, 8);
  return { size, align, natural: align };
}

/** `_BitInt(N)` as a compiler with its own rule lays it out (layout/rules.ts). */
export function bitIntShapeWith(bits: number, { size, align, natural }: { size: number; align: number; natural: number }): Shape {
  return shape({ k: 'int', size, align, natural, bool: false, bitint: bits });
}

export const VOID: Shape = shape({ k: 'void', size: 1, align: 1 });
