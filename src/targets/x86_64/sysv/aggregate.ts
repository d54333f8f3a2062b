// The classes of a struct, union or array (§3.2.3): MEMORY when too large or holding an
// unaligned field; otherwise every eightbyte starts NO_CLASS and each field, recursively
// down to its scalars, merges its classes into the eightbytes it covers; then the
// post-merger cleanup. Pure.
import { shape, type Field, type FpKind, type Shape } from '../../../layout/shape.js';
import { merge, postMerge, type EightbyteClass, type Trace } from './eightbyte.js';
import type { SysvRules } from './rules.js';
import { scalarClasses } from './scalar.js';

type Aggregate = Extract<Shape, { k: 'record' | 'array' }>;

interface Walk {
  classes: EightbyteClass[];
  rules: SysvRules;
  trace: Trace;
}

/** Undefined: MEMORY. */
export function aggregateClasses(s: Aggregate, rules: SysvRules, trace: Trace): EightbyteClass[] | undefined {
  const widest = rules.avx512 ? 64 : rules.avx ? 32 : 16;
  if (s.size > widest) {
    trace?.push(`aggregate/size: ${s.size} bytes, more than ${widest}: MEMORY`);
    return undefined;
  }
  const w: Walk = { classes: new Array<EightbyteClass>(Math.ceil(s.size / 8)).fill('NO_CLASS'), rules, trace };
  if (!walk(w, s, 0)) return undefined;
  trace?.push(`merge: eightbytes ${w.classes.join(', ')}`);
  return postMerge(w.classes, s.size, trace);
}

/** Merges the classes of `s` at byte `at` into the eightbytes; false when that makes the aggregate MEMORY. */
function walk(w: Walk, s: Shape, at: number): boolean {
  switch (s.k) {
    case 'void': return true;
    case 'record': return walkRecord(w, s, at);
    case 'array':
      if (s.flexible && w.rules.flexibleArrayInMemory) {
        w.trace?.push('dialect: a flexible array member makes the aggregate MEMORY');
        return false;
      }
      return walkArray(w, s.elem, s.len, at);
    case 'complex':
      // In an aggregate each part is a field of its own: a _Complex float at byte 4
      // touches two eightbytes, SSE in both (x87 parts are caught by post-merge/c).
      return walkLeaf(w, partOf(s), at) && walkLeaf(w, partOf(s), at + s.size / 2);
    default:
      return walkLeaf(w, s, at);
  }
}

/** Every element merges; the trace tells of the first (the rest say the same). */
function walkArray(w: Walk, elem: Shape, len: number, at: number): boolean {
  if (len === 0) return true;
  if (!walk(w, elem, at)) return false;
  const quiet: Walk = w.trace ? { classes: w.classes, rules: w.rules, trace: undefined } : w;
  for (let i = 1; i < len; i++) if (!walk(quiet, elem, at + i * elem.size)) return false;
  return true;
}

function walkRecord(w: Walk, s: Extract<Shape, { k: 'record' }>, at: number): boolean {
  for (const f of s.rec.fields) {
    if (f.bitfield) markBitField(w, f, at);
    else if (!walk(w, f.shape, at + f.bitPos / 8)) return false;
  }
  return true;
}

/** A bit-field is INTEGER in each eightbyte its bits touch; zero-width ones hold nothing (gcc ≥ 12, clang). */
function markBitField(w: Walk, f: Field, at: number): void {
  if (f.bits === 0) return;
  if (f.member.name === undefined && w.rules.unnamedBitFieldsIgnored) {
    w.trace?.push('dialect: an unnamed bit-field is padding: no class');
    return;
  }
  const from = at * 8 + f.bitPos;
  const first = Math.floor(from / 64);
  const last = Math.floor((from + f.bits - 1) / 64);
  w.trace?.push(`bit-field: ${f.member.name ?? 'an unnamed bit-field'} of ${f.bits} bits is INTEGER in eightbyte ${first === last ? first : `${first}..${last}`}`);
  for (let k = first; k <= last; k++) w.classes[k] = merge(w.classes[k]!, 'INTEGER');
}

type Leaf = Extract<Shape, { k: 'int' | 'fp' | 'vector' | 'complex' }>;

function walkLeaf(w: Walk, s: Leaf, at: number): boolean {
  if (at % s.natural !== 0) {
    w.trace?.push(`aggregate/unaligned: a field of alignment ${s.natural} at byte ${at}: MEMORY`);
    return false;
  }
  const own = scalarClasses(s, w.rules, w.trace);
  if (!own) return false;
  if (own.length === 1) {
    // One eightbyte of its own, or less: a small field merges into the eightbyte(s) it touches.
    for (let k = Math.floor(at / 8); k <= Math.floor((at + s.size - 1) / 8); k++) w.classes[k] = merge(w.classes[k]!, own[0]!);
  } else {
    for (let i = 0; i < own.length; i++) w.classes[at / 8 + i] = merge(w.classes[at / 8 + i]!, own[i]!);
  }
  return true;
}

/** The real or imaginary part of a complex value, as a scalar of its own: shared by kind. */
function partOf(s: Extract<Shape, { k: 'complex' }>): Leaf {
  let part = PARTS.get(s.fp);
  if (!part) PARTS.set(s.fp, (part = shape({ k: 'fp', fp: s.fp, size: s.size / 2, align: s.natural, natural: s.natural })));
  return part;
}

const PARTS = new Map<FpKind, Leaf>();
