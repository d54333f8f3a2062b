// A value's bytes named in the oracle's location vocabulary from where its eightbytes
// went: `rsi.3`, `xmm1.12`, `st0.4`, `stack+17`, `ref(rdi)+5`, padding null. The names
// are made once and shared: predictions are made in bulk (callers must not modify them).
// The aarch64 model has its own version of this (aapcs64/classify.ts); sharing it would
// mean editing that target.
import { masksOf, type ValueMasks } from '../../../layout/masks.js';
import type { Shape } from '../../../layout/shape.js';
import { MODELLED_BYTES } from '../../../data/prediction.js';
import { LOST, type Located as Observed } from '../../../data/location.js';

export type Located = Pick<Observed, 'pieces' | 'bytes'>;

/**
 * One container: byte j of the value is `prefix + (origin + j - base)`: a register from
 * the eightbyte that starts it (`base`), or the stack or a buffer from the value's start.
 */
export interface Part {
  piece: string;
  prefix: string;
  origin: number;
  base: number;
  /** Located values of solid values wholly in this part, by size (made on demand). */
  runs: Located[];
  /** The names with this prefix, shared by every part that has it (grown on demand). */
  names: string[];
}

export type Placement =
  | { where: 'none' }
  /** Eightbyte k in `parts[k]` (undefined: a NO_CLASS eightbyte, not passed). */
  | { where: 'parts'; parts: readonly (Part | undefined)[] }
  /** Every byte in one container: the stack, or a buffer passed by reference. */
  | { where: 'whole'; part: Part };

export const NOWHERE: Placement = { where: 'none' };

const part = (piece: string, prefix: string, origin: number, base: number): Part => ({ piece, prefix, origin, base, runs: [], names: namesWith(prefix) });

/** Parts are made once, by register and eightbyte, and by stack offset and pointer place. */
const REGISTER_PARTS = new Map<string, Part[]>();
const STACK_PARTS: Placement[] = [];
const REF_PARTS = new Map<string, Placement>();

/** A register's part for the eightbytes from byte `base` on. */
export function registerPart(reg: string, base: number): Part {
  let byBase = REGISTER_PARTS.get(reg);
  if (!byBase) REGISTER_PARTS.set(reg, (byBase = []));
  return (byBase[base >> 3] ??= part(reg, `${reg}.`, 0, base));
}

/** A stack part holding eightbytes from byte `base` on at stack+offset: what a split value has there. */
export function stackPart(offset: number, base: number): Part {
  return part(`stack+${offset}`, 'stack+', offset, base);
}

/** The whole value at `stack+offset`. */
export function onStack(offset: number): Placement {
  return (STACK_PARTS[offset] ??= { where: 'whole', part: stackPart(offset, 0) });
}

/** The whole value in a buffer whose address is in `via`. */
export function byReference(via: string): Placement {
  let p = REF_PARTS.get(via);
  if (!p) REF_PARTS.set(via, (p = { where: 'whole', part: part(`ref(${via})`, `ref(${via})+`, 0, 0) }));
  return p;
}

export function locate(shape: Shape, p: Placement): Located {
  if (shape.size > MODELLED_BYTES) return { pieces: piecesOnly(p), bytes: [] };
  const masks = masksOf(shape);
  if (p.where === 'none') return { pieces: [], bytes: new Array<string | null>(masks.bits.length).fill(null) };
  const run = masks.whole ? runOf(p) : undefined;
  if (run === undefined) return byteByByte(p, masks);
  return (run.runs[masks.bits.length] ??= byteByByte(p, masks));
}

/** The one part every byte of a placement is in, if there is one. */
function runOf(p: Exclude<Placement, { where: 'none' }>): Part | undefined {
  if (p.where === 'whole') return p.part;
  const first = p.parts[0];
  for (let k = 1; k < p.parts.length; k++) if (p.parts[k] !== first) return undefined;
  return first;
}

function byteByByte(p: Exclude<Placement, { where: 'none' }>, masks: ValueMasks): Located {
  const n = masks.bits.length;
  const out: Located = { pieces: [], bytes: new Array<string | null>(n).fill(null) };
  if (p.where === 'whole') nameRange(p.part, 0, n, masks, out);
  else for (let k = 0; k < p.parts.length; k++) {
    if (p.parts[k]) nameRange(p.parts[k]!, 8 * k, Math.min(n, 8 * k + 8), masks, out);
    else lostRange(8 * k, Math.min(n, 8 * k + 8), masks, out);
  }
  return out;
}

/**
 * A NO_CLASS eightbyte is not passed: its bytes are padding, but for the tail of a scalar
 * clang classified in the eightbyte before (aggregate.ts leafAt), which the callee never gets.
 */
function lostRange(from: number, to: number, { bits, normalized }: ValueMasks, out: Located): void {
  for (let j = from; j < to; j++) if (bits[j] !== 0 && normalized[j] === 0) out.bytes[j] = LOST;
}

/** Names bytes `from` to `to` (exclusive) in `part`, padding and normalized bytes left null. */
function nameRange(part: Part, from: number, to: number, { bits, normalized }: ValueMasks, out: Located): void {
  const shift = part.origin - part.base;
  const names = namesTo(part, shift + to - 1);
  let used = false;
  for (let j = from; j < to; j++) {
    if (bits[j] === 0 || normalized[j] === 1) continue;
    out.bytes[j] = names[shift + j]!;
    used = true;
  }
  if (used && !out.pieces.includes(part.piece)) out.pieces.push(part.piece);
}

function piecesOnly(p: Placement): string[] {
  if (p.where === 'none') return [];
  if (p.where === 'whole') return [p.part.piece];
  const pieces: string[] = [];
  for (const q of p.parts) if (q && !pieces.includes(q.piece)) pieces.push(q.piece);
  return pieces;
}

/** Names by prefix: `rdi.` -> [`rdi.0`, ...]. */
const NAMES = new Map<string, string[]>();

function namesWith(prefix: string): string[] {
  let names = NAMES.get(prefix);
  if (!names) NAMES.set(prefix, (names = []));
  return names;
}

/** The part's names, up to index `last` at least. */
function namesTo(part: Part, last: number): readonly string[] {
  const names = part.names;
  for (let i = names.length; i <= last; i++) names.push(`${part.prefix}${i}`);
  return names;
}
