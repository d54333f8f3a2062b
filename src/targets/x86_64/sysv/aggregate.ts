// The classes of a struct, union or array (§3.2.3): MEMORY when too large or holding an
// unaligned field; otherwise every eightbyte starts NO_CLASS and each field, recursively
// down to its scalars, merges its classes into the eightbytes it covers; then the
// post-merger cleanup. Pure.
//
// Where the text is silent the walk is gcc's (classify_argument, gcc/config/i386/i386.cc),
// re-expressed: each aggregate is classified at its bit offset, into eightbytes counted
// from the one it starts in, and runs the cleanup on its own classes; a union classifies
// every member at the union's offset, a bit-field as an integer of its width's machine
// mode; a member of size 0 that starts inside an eightbyte is classified by what it would
// hold there. The dialect knobs (rules.ts) give clang's walk (X86_64ABIInfo::classify).
import { shape, type Field, type FpKind, type Shape } from '../../../layout/shape.js';
import { merge, postMerge, type EightbyteClass, type Trace } from './eightbyte.js';
import type { SysvRules } from './rules.js';
import { scalarClasses } from './scalar.js';

type Aggregate = Extract<Shape, { k: 'record' | 'array' }>;
type Classes = EightbyteClass[];

interface Walk {
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
  const classes = aggregateAt({ rules, trace }, s, 0);
  if (!classes) return undefined;
  trace?.push(`merge: eightbytes ${classes.join(', ')}`);
  return postMerge(classes, s.size, trace);
}

/**
 * The classes of `s` at bit `bit` of the argument, one per eightbyte it touches from the
 * one holding `bit` on; undefined when that makes the argument MEMORY. Shared: the caller
 * must not modify them.
 */
function classesAt(w: Walk, s: Shape, bit: number): readonly EightbyteClass[] | undefined {
  switch (s.k) {
    case 'void': return NO_CLASS;
    case 'record': case 'array': {
      const classes = aggregateAt(w, s, bit);
      return classes && nestedCleanup(w, classes);
    }
    default: return leafAt(w, s, bit);
  }
}

const NO_CLASS: readonly EightbyteClass[] = ['NO_CLASS'];
const INTEGER1: readonly EightbyteClass[] = ['INTEGER'];
const INTEGER2: readonly EightbyteClass[] = ['INTEGER', 'INTEGER'];
const SSE1: readonly EightbyteClass[] = ['SSE'];
const SSE2: readonly EightbyteClass[] = ['SSE', 'SSE'];
const SSE_SSEHF: readonly EightbyteClass[] = ['SSE', 'SSEHF'];

/** An aggregate's merged classes before its cleanup (a new array). */
function aggregateAt(w: Walk, s: Aggregate, bit: number): Classes | undefined {
  const words = Math.ceil((s.size + ((bit % 64) >> 3)) / 8);
  if (s.size > 64) return memory(w, `aggregate/size: a member of ${s.size} bytes, more than 64: MEMORY`);
  // A member of size 0 on an eightbyte boundary covers no eightbyte (gcc stops there);
  // clang still walks it, and a member of it at an offset its type's alignment does not
  // divide makes the argument MEMORY: struct { char a; struct { struct { __int128 x[0]; }
  // y __attribute__((aligned(8))); } __attribute__((packed)) b; } is on the stack.
  if (words === 0 && !w.rules.membersAlignedByType) return ['NO_CLASS'];
  const classes: Classes = new Array<EightbyteClass>(Math.max(1, words)).fill('NO_CLASS');
  const ok = s.k === 'array' ? arrayInto(w, s, bit, classes) : s.rec.def.kind === 'union' ? unionInto(w, s, bit, classes) : structInto(w, s, bit, classes);
  return ok ? classes : undefined;
}

/** A member aggregate's own post-merger cleanup (gcc runs it at every level): undefined for MEMORY. */
function nestedCleanup(w: Walk, classes: Classes): Classes | undefined {
  if (classes.length > 2 && !(classes[0] === 'SSE' && classes.every((c, k) => k === 0 || c === 'SSEUP'))) {
    w.trace?.push(`post-merge/c: a member over two eightbytes, not SSE then SSEUP only: MEMORY`);
    return undefined;
  }
  return postMerge(classes, 0, undefined) ?? memory(w, 'post-merge/a: a member aggregate is MEMORY: the whole aggregate is MEMORY');
}

function memory(w: Walk, line: string): undefined {
  w.trace?.push(line);
  return undefined;
}

/** Merges `sub` into `classes` from eightbyte `at`, dropping what falls past the end. */
function mergeInto(classes: Classes, sub: readonly EightbyteClass[], at: number): void {
  for (let i = 0; i < sub.length && at + i < classes.length; i++) classes[at + i] = merge(classes[at + i]!, sub[i]!);
}

function structInto(w: Walk, s: Extract<Shape, { k: 'record' }>, bit: number, classes: Classes): boolean {
  const within = bit % 64;
  for (const f of s.rec.fields) {
    if (f.modeField && !(f.member.name === undefined && w.rules.unnamedBitFieldsIgnored)) {
      // gcc classifies it as the ordinary integer field it became: misaligned, MEMORY.
      const sub = leafAt(w, modeInt(f.bits / 8), (bit + f.bitPos) % 512);
      if (!sub) return false;
      mergeInto(classes, sub, Math.floor((within + f.bitPos) / 64));
      continue;
    }
    if (f.bitfield) {
      bitsInto(w, f, within + f.bitPos, classes);
      continue;
    }
    if (f.shape.k === 'array' && f.shape.flexible) {
      if (w.rules.flexibleArrayInMemory) {
        w.trace?.push('dialect: a flexible array member makes the aggregate MEMORY');
        return false;
      }
      continue;
    }
    const sub = memberAt(w, f, (bit + f.bitPos) % 512);
    if (!sub) return false;
    mergeInto(classes, sub, Math.floor((within + f.bitPos) / 64));
  }
  return true;
}

/** Every member at the union's own offset; a bit-field as an integer of its width's mode (gcc). */
function unionInto(w: Walk, s: Extract<Shape, { k: 'record' }>, bit: number, classes: Classes): boolean {
  for (const f of s.rec.fields) {
    let sub: readonly EightbyteClass[] | undefined;
    if (f.bitfield) {
      if (f.member.name === undefined && w.rules.unnamedBitFieldsIgnored) {
        w.trace?.push('dialect: an unnamed bit-field is padding: no class');
        continue;
      }
      if (w.rules.unionBitFieldsAsBits) {
        bitsInto(w, f, bit % 64, classes);
        continue;
      }
      sub = unionBitFieldAt(w, f, bit);
    } else {
      sub = memberAt(w, f, bit);
    }
    if (!sub) return false;
    mergeInto(classes, sub, 0);
  }
  return true;
}

/**
 * A union's bit-field, as gcc's C front end types it: an integer of the narrowest machine
 * mode holding its width (a zero-width one, a byte), which must sit on a multiple of that
 * mode's size.
 */
function unionBitFieldAt(w: Walk, f: Field, bit: number): readonly EightbyteClass[] | undefined {
  let mode = 8;
  while (mode < f.bits && mode < 128) mode *= 2;
  if (bit % mode !== 0) {
    return memory(w, `aggregate/unaligned: bit-field ${f.member.name ?? '(unnamed)'} of a union is a ${mode}-bit integer at bit ${bit}: MEMORY`);
  }
  w.trace?.push(`bit-field: ${f.member.name ?? 'an unnamed bit-field'} of ${f.bits} bits in a union is a ${mode}-bit integer: INTEGER`);
  return mode === 128 ? INTEGER2 : INTEGER1;
}

/**
 * Elements are classified once, at the array's offset, and repeat (gcc); clang classifies
 * each at its own offset, where a packed element's members may no longer be aligned.
 */
function arrayInto(w: Walk, s: Extract<Shape, { k: 'array' }>, bit: number, classes: Classes): boolean {
  if (w.rules.arrayElementsEachClassified && s.elem.size > 0) return elementsInto(w, s, bit, classes);
  const sub = classesAt(w, s.elem, bit);
  if (!sub) return false;
  for (let i = 0; i < classes.length; i++) classes[i] = sub[i % sub.length]!;
  return true;
}

function elementsInto(w: Walk, s: Extract<Shape, { k: 'array' }>, bit: number, classes: Classes): boolean {
  const within = bit % 64;
  for (let i = 0, at = 0; i < s.len; i++, at += s.elem.size * 8) {
    const sub = classesAt(w, s.elem, (bit + at) % 512);
    if (!sub) return false;
    mergeInto(classes, sub, Math.floor((within + at) / 64));
  }
  return true;
}

/** A member that is not a bit-field, at bit `bit` of the argument. */
function memberAt(w: Walk, f: Field, bit: number): readonly EightbyteClass[] | undefined {
  if (w.rules.membersAlignedByType) {
    const align = w.rules.memberTypedefAlignment ? f.shape.align : typeAlign(f.shape);
    if (bit % (align * 8) !== 0) {
      return memory(w, `dialect: member ${f.member.name ?? '(anonymous)'} at bit ${bit} is not on a multiple of its type's alignment ${align}: MEMORY`);
    }
  }
  return classesAt(w, f.shape, bit);
}

/**
 * The alignment of a member's type without typedef attributes (clang's canonical type): an
 * enum's own aligned(N) counts, being part of the enum.
 */
function typeAlign(s: Shape): number {
  switch (s.k) {
    case 'void': return 1;
    case 'record': return s.rec.align;
    case 'array': return typeAlign(s.elem);
    default: return s.canonical ?? s.natural;
  }
}

/** A bit-field is INTEGER in each eightbyte its bits touch; `from` counts from the walk's first eightbyte. */
function bitsInto(w: Walk, f: Field, from: number, classes: Classes): void {
  if (f.bits === 0) {
    // gcc ≤ 11 marks the eightbyte a zero-width bit-field starts inside; gcc 12 and clang skip it.
    if (!w.rules.zeroWidthBitFieldsInteger || from % 64 === 0) return;
    w.trace?.push(`dialect: a zero-width bit-field inside eightbyte ${Math.floor(from / 64)} makes it INTEGER`);
    classes[Math.floor(from / 64)] = merge(classes[Math.floor(from / 64)]!, 'INTEGER');
    return;
  }
  if (f.member.name === undefined && w.rules.unnamedBitFieldsIgnored) {
    w.trace?.push('dialect: an unnamed bit-field is padding: no class');
    return;
  }
  const first = Math.floor(from / 64);
  const last = Math.floor((from + f.bits - 1) / 64);
  w.trace?.push(`bit-field: ${f.member.name ?? 'an unnamed bit-field'} of ${f.bits} bits is INTEGER in eightbyte ${first === last ? first : `${first}..${last}`}`);
  for (let k = first; k <= last && k < classes.length; k++) classes[k] = merge(classes[k]!, 'INTEGER');
}

type Leaf = Extract<Shape, { k: 'int' | 'fp' | 'vector' | 'complex' }>;

/**
 * A scalar at bit `bit`: it must sit on a multiple of its own (unattributed) alignment.
 * clang checks alignment only at members (memberAt), so a scalar whose alignment was
 * lowered there sits where it may.
 */
function leafAt(w: Walk, s: Leaf, bit: number): readonly EightbyteClass[] | undefined {
  if (!w.rules.membersAlignedByType && bit % (s.natural * 8) !== 0) return memory(w, `aggregate/unaligned: a field of alignment ${s.natural} at byte ${bit / 8}: MEMORY`);
  if (s.k === 'complex' && s.fp !== 'x87' && s.fp !== 'f128') {
    // Each part is a field of its own: a _Complex float at byte 4 touches two eightbytes, SSE in both.
    const part = partOf(s);
    const re = leafAt(w, part, bit)!;
    const straddles = (bit % 64) + s.size * 8 > 64;
    if (!straddles && s.fp === 'f16' && bit % 64 !== 0 && w.rules.complexHalfClaimsNextEightbyte) {
      w.trace?.push('dialect: a _Complex _Float16 off an eightbyte\'s start makes the next eightbyte SSEHF: SSE, of which 2 bytes are moved');
      return SSE_SSEHF;
    }
    return straddles || s.size > 8 ? SSE2 : re;
  }
  if (s.k === 'vector' && s.size === 16 && s.elem.k === 'int' && s.elem.size === 16 && w.rules.int128VectorMemberOneEightbyte) {
    w.trace?.push('dialect: a vector of one __int128 in an aggregate is one SSE eightbyte (its second is NO_CLASS, or repeats it in an array)');
    return SSE1;
  }
  const own = scalarClasses(s, w.rules, w.trace);
  if (!own) return undefined;
  // A small scalar that crosses an eightbyte (only a misaligned one could) is in both;
  // clang classifies a non-vector one in the eightbyte it starts in only, and so passes
  // nothing of its bytes past that eightbyte.
  if (own.length === 1 && (bit % 64) + s.size * 8 > 64) {
    if (s.k !== 'vector' && w.rules.membersAlignedByType) {
      w.trace?.push(`dialect: a scalar across an eightbyte boundary is classified in the eightbyte it starts in only`);
      return own;
    }
    return [own[0]!, own[0]!];
  }
  return own;
}

/** The integer of a mode gcc made a bit-field into, by size in bytes: shared. */
function modeInt(size: number): Leaf {
  let s = MODE_INTS.get(size);
  if (!s) MODE_INTS.set(size, (s = shape({ k: 'int', size, align: size, natural: size, bool: false })));
  return s;
}

const MODE_INTS = new Map<number, Leaf>();

/** The real or imaginary part of a complex value, as a scalar of its own: shared by kind. */
function partOf(s: Extract<Shape, { k: 'complex' }>): Leaf {
  let part = PARTS.get(s.fp);
  if (!part) PARTS.set(s.fp, (part = shape({ k: 'fp', fp: s.fp, size: s.size / 2, align: s.natural, natural: s.natural })));
  return part;
}

const PARTS = new Map<FpKind, Leaf>();
