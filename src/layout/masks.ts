// Which bits of a value are not padding, exactly as the oracle measures them (emit.ts
// maskLeaf/boolmapLeaf): the union of every named leaf's value bits. Unnamed bit-fields,
// flexible and zero-length arrays hold none; a `_Bool` is a whole byte; a `_BitInt(N)`
// has N value bits and, when N % 8 != 0, its top byte is one compilers re-extend, which
// the oracle does not locate ("normalized") unless a `_Bool` shares that byte.
import { X87_VALUE_BYTES, type Shape } from './shape.js';

export interface ValueMasks {
  /** Per byte, the value bits. */
  bits: Uint8Array;
  /** Per byte, 1 when the oracle reports it as not located (a `_BitInt`'s partial top byte). */
  normalized: Uint8Array;
  /** Every byte holds value bits and is located: no padding, nothing normalized. */
  whole: boolean;
}

/** Shared all-zero `normalized` arrays, by size: most values have no `_BitInt`. */
const zeros = new Map<number, Uint8Array>();
/** Shared masks of solid values, by size: most arguments are scalars. */
const solids = new Map<number, ValueMasks>();

/** The result may be shared: callers must not modify it. */
export function masksOf(shape: Shape): ValueMasks {
  if (isSolid(shape)) return solidMasks(shape.size);
  const size = shape.k === 'void' ? 0 : shape.size;
  const acc: Acc = { bits: new Uint8Array(size), bitintTops: undefined, bools: undefined };
  paint(shape, 0, acc);
  const normalized = normalizedOf(size, acc);
  return { bits: acc.bits, normalized, whole: acc.bits.every((b, j) => b !== 0 && normalized[j] === 0) };
}

/** Every byte all value bits: a plain integer or pointer, a floating-point or vector type but x87's. */
function isSolid(s: Shape): boolean {
  return ((s.k === 'fp' || s.k === 'complex' || s.k === 'vector') && s.fp !== 'x87') || (s.k === 'int' && !s.bool && s.bitint === undefined);
}

function solidMasks(size: number): ValueMasks {
  let m = solids.get(size);
  if (!m) solids.set(size, (m = { bits: new Uint8Array(size).fill(0xff), normalized: zerosOf(size), whole: true }));
  return m;
}

function zerosOf(size: number): Uint8Array {
  let z = zeros.get(size);
  if (!z) zeros.set(size, (z = new Uint8Array(size)));
  return z;
}

function normalizedOf(size: number, acc: Acc): Uint8Array {
  if (acc.bitintTops === undefined) return zerosOf(size);
  const out = new Uint8Array(size);
  for (const j of acc.bitintTops) if (!acc.bools?.includes(j)) out[j] = 1;
  return out;
}

interface Acc {
  bits: Uint8Array;
  /** Offsets of `_BitInt` partial top bytes, and of `_Bool` bytes (which win over them). */
  bitintTops: number[] | undefined;
  bools: number[] | undefined;
}

function paint(s: Shape, at: number, acc: Acc): void {
  switch (s.k) {
    case 'void': return;
    case 'int':
      if (s.bool) (acc.bools ??= []).push(at);
      if (s.bitint !== undefined) return paintBitInt(s.bitint, at, acc);
      return fill(acc.bits, at, s.size);
    case 'fp': case 'complex': case 'vector':
      return s.fp === 'x87' ? paintX87(s, at, acc) : fill(acc.bits, at, s.size);
    case 'array': {
      const e = s.elem;
      // An array of plain scalars is all value bytes (the oracle memsets it whole).
      if (isSolid(e)) return fill(acc.bits, at, s.size);
      for (let i = 0; i < s.len; i++) paint(e, at + i * e.size, acc);
      return;
    }
    case 'record':
      for (const f of s.rec.fields) {
        if (f.bitfield) {
          if (f.member.name !== undefined) setBits(acc.bits, at * 8 + f.bitPos, f.bits);
        } else {
          paint(f.shape, at + f.bitPos / 8, acc);
        }
      }
  }
}

/** Each 16-byte x87 part (one, or a complex's two, or a vector's elements) has 10 value bytes. */
function paintX87(s: Shape, at: number, acc: Acc): void {
  for (let part = 0; part < s.size; part += 16) fill(acc.bits, at + part, X87_VALUE_BYTES);
}

function paintBitInt(n: number, at: number, acc: Acc): void {
  fill(acc.bits, at, Math.floor(n / 8));
  if (n % 8 !== 0) {
    const top = at + Math.floor(n / 8);
    acc.bits[top] |= (1 << (n % 8)) - 1;
    (acc.bitintTops ??= []).push(top);
  }
}

function fill(a: Uint8Array, at: number, n: number): void {
  if (n === 1) a[at] = 0xff;
  else a.fill(0xff, at, at + n);
}

function setBits(a: Uint8Array, from: number, count: number): void {
  for (let b = from; b < from + count; b++) a[b >> 3] |= 1 << (b & 7);
}
