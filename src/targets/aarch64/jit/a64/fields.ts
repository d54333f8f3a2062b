// Operand checks shared by the instruction forms. An operand that does not fit its field is
// a bug in the JIT, so these throw instead of masking: a silently truncated offset would
// branch or store somewhere else.
import type { Reg } from './registers.js';

function fail(what: string, value: number | bigint, why: string): never {
  throw new Error(`a64: ${what} ${String(value)} ${why}`);
}

/** A register field: 0..31 (what 31 means is up to the caller). */
export function reg(r: Reg, what = 'register'): number {
  if (!Number.isInteger(r) || r < 0 || r > 31) fail(what, r, 'is not a register number 0..31');
  return r;
}

/** `value / scale` as an unsigned `bits`-wide field; `value` must be a multiple of `scale`. */
export function unsigned(value: number, bits: number, what: string, scale = 1): number {
  if (!Number.isInteger(value)) fail(what, value, 'is not an integer');
  if (value % scale !== 0) fail(what, value, `is not a multiple of ${scale}`);
  const field = value / scale;
  if (field < 0 || field >= 2 ** bits) fail(what, value, `is out of range 0..${(2 ** bits - 1) * scale}`);
  return field;
}

/** `value / scale` as a two's complement `bits`-wide field. */
export function signed(value: number, bits: number, what: string, scale = 1): number {
  if (!Number.isInteger(value)) fail(what, value, 'is not an integer');
  if (value % scale !== 0) fail(what, value, `is not a multiple of ${scale}`);
  const field = value / scale;
  const half = 2 ** (bits - 1);
  if (field < -half || field >= half) fail(what, value, `is out of range ${-half * scale}..${(half - 1) * scale}`);
  return field & (2 * half - 1);
}

/** One of the listed values. */
export function oneOf<T extends number>(value: number, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly number[]).includes(value)) fail(what, value, `is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** A throw for checks that are not about one field's range. */
export function invalid(what: string, why: string): never {
  throw new Error(`a64: ${what}: ${why}`);
}

/** An instruction word assembled from fields, as an unsigned number. */
export const u32 = (w: number): number => w >>> 0;
