// Finds where every byte of every argument and of the return value went, from the
// probe's dumps of the ROUNDS calls. A place holds argument byte j of argument i when, in
// every round, it holds that byte's graffiti; graffiti tuples are unique, so each place
// decodes to at most one origin. Places are named in the target's vocabulary (its register
// files, `stack+K`, `ref(...)`). Pure.
import { decodeBool, decodeBoolBytes, decodeBytes, decodeTuple, ROUNDS } from './graffiti.js';
import { NORMALIZED, type Located, type ValueShape } from '../data/location.js';
import type { ProbeDump, RegisterFile, Target } from '../targets/target.js';

/**
 * A register byte (`file`: the register file's index), a stack byte, or byte `byte` of a
 * copy passed by reference through `via`, whose rank among places is `viaRank`.
 */
type Place =
  | { where: 'reg'; file: number; reg: number; byte: number }
  | { where: 'stack'; off: number }
  | { where: 'ref'; via: string; viaRank: number; byte: number; align: number };

/**
 * A target's names, made once: locating names every byte it places. `rank` orders the
 * registers of all files (the first file's first); `fill` is the return registers' fill,
 * byte by byte, as places.
 */
interface Vocabulary {
  files: { regs: readonly string[]; bytes: string[][]; rank: number; file: RegisterFile }[];
  /** The general registers that may carry a by-reference pointer (the probe's `src` < their count). */
  pointerRegs: readonly string[];
  fill: Place[];
  resultPointer: Place & { where: 'ref' };
  /** Target.stackValuesWhole. */
  stackWhole: boolean;
}

const vocabularies = new WeakMap<Target, Vocabulary>();

function vocabularyOf(target: Target): Vocabulary {
  let v = vocabularies.get(target);
  if (!v) vocabularies.set(target, (v = newVocabulary(target)));
  return v;
}

function newVocabulary(target: Target): Vocabulary {
  let rank = 0;
  const files = target.registers.map((file) => {
    const entry = { regs: file.names, bytes: file.names.map((r) => Array.from({ length: file.bytes }, (_, b) => `${r}.${b}`)), rank, file };
    rank += file.names.length;
    return entry;
  });
  const fill: Place[] = target.returnRegisters.flatMap((file) => {
    const f = target.registers.indexOf(file);
    return file.names.flatMap((_, reg) => Array.from({ length: file.bytes }, (_, byte): Place => ({ where: 'reg', file: f, reg, byte })));
  });
  const pointerRegs = target.registers[0]!.names;
  const resultPointer = { where: 'ref' as const, via: target.resultPointer, viaRank: RANK_STEP + pointerRegs.length, byte: 0, align: 0 };
  return { files, pointerRegs, fill, resultPointer, stackWhole: target.stackValuesWhole === true };
}

/**
 * Whether destroying a place (`x3`, `v0`, `stack`) changed byte j of what the compiled
 * callee received for one argument.
 */
export type BrokenBy = (place: string, j: number) => boolean;

/**
 * `reads[i]` tells which places the callee reads each byte of argument i from. A byte
 * found in several places (compilers leave stale copies in unused registers) is
 * attributed to a place whose destruction changed that very byte: a place that broke only
 * other bytes of the argument (bytes the callee never received, which hold whatever its
 * frame held) does not count.
 */
export function locateArgs(target: Target, rounds: ProbeDump[], shapes: ValueShape[], reads: BrokenBy[]): Located[] {
  const v = vocabularyOf(target);
  const index = indexPlaces(v, rounds);
  const offsets = prefixSums(shapes.map((s) => s.size));
  const drafts = shapes.map((shape, i) => {
    const broke = reads[i]!;
    return draft(v, shape, index.pointers, (j) => {
      const all = lookup(index, shape, offsets[i]! + j, j);
      const allowed = (p: Place): boolean => broke(containerOf(v, p), j);
      if (all.every(allowed)) return all; // the usual case: one place, read by the callee
      const kept = all.filter(allowed);
      return kept.length > 0 ? kept : all;
    });
  });
  settleBools(v, drafts);
  return drafts.map((d) => describe(v, d.chosen));
}

/** The clobber experiment that destroys this place. */
function containerOf(v: Vocabulary, p: Place): string {
  switch (p.where) {
    case 'reg': {
      const f = v.files[p.file]!;
      const name = f.regs[p.reg]!;
      return f.file.upperFrom !== undefined && p.byte >= f.file.upperFrom ? `${name}.upper` : name;
    }
    case 'stack': return 'stack';
    case 'ref': return p.viaRank < 2 * RANK_STEP ? p.via : 'stack';
  }
}

function prefixSums(sizes: number[]): number[] {
  const out: number[] = [];
  sizes.reduce((acc, s) => (out.push(acc), acc + s), 0);
  return out;
}

function lookup(index: PlaceIndex, shape: ValueShape, k: number, j: number): Place[] {
  const slot = shape.boolmap[j]!;
  if (slot === NORMALIZED) return [];
  return slot !== 0 ? index.bools.get(slot - 1) ?? [] : index.pool.get(k) ?? [];
}

/**
 * A value's bytes placed, but for the _Bool bytes whose graffiti pattern another _Bool of
 * the prototype shares (_Bool graffiti has only BOOL_SLOTS patterns) and that have no
 * candidate beside the rest of their value: those wait in `pending` for settleBools.
 */
interface Draft {
  chosen: (Place | null | undefined)[];
  pending: number[];
  /** Where a pending _Bool byte may be: the same filters apply when it is settled. */
  boolCandidates: (j: number) => Place[];
}

function draft(v: Vocabulary, shape: ValueShape, pointers: ReadonlySet<string>, placesOf: (j: number) => Place[]): Draft {
  // A pointee counts only where it holds the value from its start (byte j at +j). A
  // _Bool byte on the stack counts only where the value would start at or above SP: its
  // few patterns repeat, and a match below that is chance. A pool byte's graffiti is
  // unique, so a copy of it is the byte itself, wherever it lies: a value the compiler
  // passes member by member (clang's bf16 HFA as scalars) or splits between x7 and the
  // stack has byte j below stack+j.
  const startsAt = (j: number) => (p: Place): boolean => (p.where === 'ref' ? p.byte === j : p.where !== 'stack' || p.off >= j);
  const holdsByte = (j: number) => (p: Place): boolean => p.where !== 'ref' || p.byte === j;
  const candidates = (j: number): Place[] => placesOf(j).filter(startsAt(j));
  const chosen: (Place | null | undefined)[] = [];
  const bools: number[] = [];
  for (let j = 0; j < shape.size; j++) {
    if (shape.mask[j] === 0 || shape.boolmap[j] === NORMALIZED) chosen.push(null);
    else if (shape.boolmap[j] !== 0) {
      chosen.push(undefined);
      bools.push(j);
    } else chosen.push(best(v, placesOf(j), j, holdsByte(j)));
  }
  if (v.stackWhole && chosen.every((p) => !p || p.where === 'stack')) keepOneStackCopy(chosen, placesOf);
  const pending: number[] = [];
  if (bools.length === 0) return { chosen, pending, boolCandidates: () => [] };
  const pieces = new Set(chosen.flatMap((p, j) => (p ? [pieceOf(v, p, j)] : [])));
  const boolCandidates = (j: number): Place[] => candidates(j).filter((p) => !holdsPointer(v, p, pointers) && inRegisterOrder(v, p, j));
  // A value with other bytes placed already has its copy: its _Bools are taken beside them.
  if (v.stackWhole && pieces.size === 0) {
    const anchor = mostHeldStackCopy(bools, boolCandidates);
    if (anchor !== undefined) pieces.add(`stack+${anchor}`);
  }
  for (const j of bools) {
    const all = boolCandidates(j);
    const beside = all.filter((p) => pieces.has(pieceOf(v, p, j)));
    if (beside.length > 0 || all.length <= 1) chosen[j] = best(v, beside.length > 0 ? beside : all, j);
    else pending.push(j);
  }
  return { chosen, pending, boolCandidates };
}

/**
 * Where a target passes a value on the stack whole (x86-64), a value found on the stack
 * alone is one copy: the one that holds most of its bytes. (One found partly in a
 * register is split, an __int128 between r9 and stack+0, and the caller's whole local
 * copies would outvote its high half.) Byte by byte the
 * lowest copy would win, and a stale copy below the slot (the caller built the value in
 * the slot of an earlier argument, whose own bytes then overwrote part of it) would take
 * the bytes that survive there.
 */
function keepOneStackCopy(chosen: (Place | null | undefined)[], placesOf: (j: number) => Place[]): void {
  const votes = new Map<number, number>();
  chosen.forEach((p, j) => {
    if (p?.where !== 'stack') return;
    for (const q of placesOf(j)) if (q.where === 'stack' && q.off >= j) votes.set(q.off - j, (votes.get(q.off - j) ?? 0) + 1);
  });
  if (votes.size < 2) return;
  let anchor = Infinity;
  let most = 0;
  for (const [a, n] of votes) if (n > most || (n === most && a < anchor)) [anchor, most] = [a, n];
  chosen.forEach((p, j) => {
    if (p?.where !== 'stack' || p.off - j === anchor) return;
    const there = placesOf(j).find((q) => q.where === 'stack' && q.off - j === anchor);
    if (there) chosen[j] = there;
  });
}

/**
 * Where a value of _Bools is found only on the stack, which passes it whole: the copy that
 * holds most of its bytes (the lowest, at a tie). A byte of a _Bool's few patterns found
 * below it, in another argument's slot padding, is chance (clang -O0 leaves such bytes).
 * A _Bool also seen in a register is not voted on: the stack holds chance matches of it.
 */
function mostHeldStackCopy(bools: readonly number[], candidatesOf: (j: number) => Place[]): number | undefined {
  const votes = new Map<number, number>();
  for (const j of bools) {
    for (const q of candidatesOf(j)) {
      if (q.where !== 'stack') return undefined;
      votes.set(q.off - j, (votes.get(q.off - j) ?? 0) + 1);
    }
  }
  let anchor: number | undefined;
  let most = 0;
  for (const [a, n] of votes) if (n > most || (n === most && a < anchor!)) [anchor, most] = [a, n];
  return anchor;
}

/**
 * Whether a place is part of a pointer the probe followed (`x3`, or the 8-byte slot at
 * `stack+16`). Such bytes are an address, which can look like _Bool graffiti (0 or 1 in
 * every round) when the rounds' stack addresses differ by a little: never a _Bool.
 */
function holdsPointer(v: Vocabulary, p: Place, pointers: ReadonlySet<string>): boolean {
  return (p.where === 'reg' && pointers.has(v.files[p.file]!.regs[p.reg]!)) || (p.where === 'stack' && pointers.has(`stack+${p.off - (p.off % 8)}`));
}

/**
 * A value in general registers has byte j in byte j % 8 (a composite is loaded as if by
 * one load), and in a vector register (one per member) at most at byte j. Unique graffiti
 * never needs this; a _Bool byte found elsewhere in a register is some other value that
 * reads 0 or 1 (a pointer the probe could not follow, say).
 */
function inRegisterOrder(v: Vocabulary, p: Place, j: number): boolean {
  if (p.where !== 'reg') return true;
  const file = v.files[p.file]!.file;
  return file.kind === 'general' ? p.byte === j % file.bytes : p.byte <= j;
}

/** Each place holds one byte: a pending _Bool byte takes a place no other byte has taken. */
function settleBools(v: Vocabulary, drafts: Draft[]): void {
  if (drafts.every((d) => d.pending.length === 0)) return;
  const taken = new Set(drafts.flatMap((d) => d.chosen.flatMap((p) => (p ? [byteName(v, p)] : []))));
  for (const d of drafts) {
    for (const j of d.pending) {
      const all = d.boolCandidates(j);
      const free = all.filter((p) => !taken.has(byteName(v, p)));
      const p = best(v, free.length > 0 ? free : all, j);
      d.chosen[j] = p;
      if (p) taken.add(byteName(v, p));
    }
  }
}

function locateValue(v: Vocabulary, shape: ValueShape, placesOf: (j: number) => Place[]): Located {
  const d = draft(v, shape, new Set(), placesOf);
  settleBools(v, [d]);
  return describe(v, d.chosen);
}

/**
 * Among places the callee reads: registers first, then a pointer in a register; on the
 * stack the lowest anchor wins (a direct slot's start, or a pointer's slot). Outgoing
 * arguments sit at the bottom of the caller's frame, so a by-reference copy lies above
 * its pointer's slot, while a stale pointer the caller keeps to a local lies above the
 * argument's real slot. At one anchor the pointer wins: a value cannot start in the slot
 * that holds its pointer, so bytes seen directly at that distance are another copy in
 * the caller's frame (gcc -O2 left one 128 bytes up).
 */
function rank(v: Vocabulary, p: Place, j: number): number {
  switch (p.where) {
    case 'reg': return v.files[p.file]!.rank + p.reg;
    case 'ref': return p.viaRank;
    case 'stack': return 2 * RANK_STEP + 2 * (p.off - j) + 1;
  }
}

/** Rank tiers (registers, a pointer in a register, the stack) as one number: no tuple per comparison. */
const RANK_STEP = 1 << 24;

/** The best of `places` that `keep` accepts (all, without it). */
function best(v: Vocabulary, places: Place[], j: number, keep?: (p: Place) => boolean): Place | undefined {
  let b: Place | undefined;
  let br = Infinity;
  for (const p of places) {
    if (keep && !keep(p)) continue;
    const r = rank(v, p, j);
    if (r < br) [b, br] = [p, r];
  }
  return b;
}

function describe(v: Vocabulary, chosen: (Place | null | undefined)[]): Located {
  const pieces: string[] = [];
  let missing = 0;
  const stackPiece = stackPieces(chosen);
  const bytes = chosen.map((p, j) => {
    if (p === null) return null;
    if (p === undefined) {
      missing++;
      addPiece(pieces, '?');
      return '?';
    }
    addPiece(pieces, p.where === 'stack' ? stackPiece(p.off, j) : pieceOf(v, p, j));
    return byteName(v, p);
  });
  const ref = chosen.find((p): p is Extract<Place, { where: 'ref' }> => !!p && p.where === 'ref');
  return ref && ref.align > 0 ? { pieces, bytes, missing, refAlign: ref.align } : { pieces, bytes, missing };
}

/**
 * How a value's stack bytes are named. A value that lies whole from one slot is named by
 * where it starts (`stack+8`, across its padding too). One passed in pieces, some byte
 * below where a whole value would have it, is named run by run: each stretch of
 * consecutive bytes by the slot it starts in, as the model names an HFA's members.
 */
function stackPieces(chosen: (Place | null | undefined)[]): (off: number, j: number) => string {
  const split = chosen.some((p, j) => p?.where === 'stack' && p.off < j);
  if (!split) return (off, j) => `stack+${off - j}`;
  let runStart = -1;
  let last = { off: -2, j: -2 };
  return (off, j) => {
    if (off !== last.off + 1 || j !== last.j + 1) runStart = off;
    last = { off, j };
    return `stack+${runStart}`;
  };
}

function addressAlignment(addr: bigint): number {
  let a = 1;
  while (a < 4096 && (addr & BigInt(a)) === 0n) a *= 2;
  return a;
}

function addPiece(pieces: string[], piece: string): void {
  if (!pieces.includes(piece)) pieces.push(piece);
}

/** Where the probe found a pointer: a general argument register, or a stack slot after them; and its rank as a place. */
function pointerSource(v: Vocabulary, src: number): { via: string; viaRank: number } {
  const n = v.pointerRegs.length;
  if (src < n) return { via: v.pointerRegs[src]!, viaRank: RANK_STEP + src };
  const off = (src - n) * 8;
  return { via: `stack+${off}`, viaRank: 2 * RANK_STEP + 2 * off };
}

function pieceOf(v: Vocabulary, p: Place, j: number): string {
  switch (p.where) {
    case 'reg': return v.files[p.file]!.regs[p.reg]!;
    case 'stack': return `stack+${p.off - j}`;
    case 'ref': return `ref(${p.via})`;
  }
}

function byteName(v: Vocabulary, p: Place): string {
  switch (p.where) {
    case 'reg': return v.files[p.file]!.bytes[p.reg]![p.byte]!;
    case 'stack': return `stack+${p.off}`;
    case 'ref': return `ref(${p.via})+${p.byte}`;
  }
}

interface PlaceIndex {
  pool: Map<number, Place[]>;
  bools: Map<number, Place[]>;
  /** The registers and stack slots holding a pointer the probe followed in every round. */
  pointers: Set<string>;
}

/** A place's pool index (>= 0), -2 - its _Bool slot, or -1 when it holds neither. */
function classify(b0: number, b1: number, b2: number, b3: number): number {
  const k = decodeBytes(b0, b1, b2, b3);
  if (k >= 0) return k;
  const slot = decodeBoolBytes(b0, b1, b2, b3);
  return slot >= 0 ? -2 - slot : -1;
}

/** Classifies bytes [0, len) of the four rounds' buffers; `placeAt` is called only for a hit. */
function scan(index: PlaceIndex, [b0, b1, b2, b3]: Uint8Array[], len: number, placeAt: (at: number) => Place): void {
  for (let at = 0; at < len; at++) {
    const code = classify(b0![at]!, b1![at]!, b2![at]!, b3![at]!);
    if (code >= 0) push(index.pool, code, placeAt(at));
    else if (code !== -1) push(index.bools, -2 - code, placeAt(at));
  }
}

// Every byte the probe saw is classified, and only a hit allocates its place: most bytes
// are neither graffiti nor a _Bool pattern.
function indexPlaces(v: Vocabulary, rounds: ProbeDump[]): PlaceIndex {
  const index: PlaceIndex = { pool: new Map(), bools: new Map(), pointers: new Set() };
  // Register by register, the files side by side: the order places are listed in ties.
  const most = Math.max(...v.files.map((f) => f.regs.length));
  for (let reg = 0; reg < most; reg++) {
    v.files.forEach(({ regs, file: { bytes } }, file) => {
      if (reg < regs.length) scan(index, rounds.map((d) => d.regs[file]![reg]!), bytes, (byte) => ({ where: 'reg', file, reg, byte }));
    });
  }
  scan(index, rounds.map((d) => d.stack), Math.min(...rounds.map((d) => d.stack.length)), (off) => ({ where: 'stack', off }));
  const d0 = rounds[0]!;
  for (const ref of d0.refs) {
    // A pointer in the same register or slot in every round. Its offset from SP may differ:
    // the rounds call from different depths, and an over-aligned copy keeps its absolute
    // alignment; what it points at is checked byte by byte below.
    const same = rounds.map((d) => d.refs.find((x) => x.src === ref.src));
    if (same.some((x) => x === undefined)) continue;
    const len = Math.min(...same.map((x) => x!.bytes.length));
    const { via, viaRank } = pointerSource(v, ref.src);
    index.pointers.add(via);
    // The rounds call from different depths (runtime.c call_shifted): the least aligned
    // address seen is what the caller guarantees, unless it realigns its frame (clang,
    // for an over-aligned local), which absorbs the shifts: then it is at least that.
    const align = Math.min(...rounds.map((d, r) => addressAlignment(d.sp + BigInt(same[r]!.offset))));
    scan(index, same.map((x) => x!.bytes), len, (byte) => ({ where: 'ref', via, viaRank, byte, align }));
  }
  return index;
}

function push<K>(m: Map<K, Place[]>, k: K, p: Place): void {
  const list = m.get(k);
  if (list) list.push(p);
  else m.set(k, [p]);
}

/**
 * The return value as the caller received it, per round. Register graffiti decodes to
 * the probe's fill of the target's return registers, the result buffer's to what follows it.
 */
export function locateReturn(target: Target, received: Buffer[], shape: ValueShape, fillOffset: number, isBool: boolean): Located {
  const v = vocabularyOf(target);
  const tuple = new Array<number>(ROUNDS);
  const placeOf = (j: number): Place[] => {
    for (let r = 0; r < ROUNDS; r++) tuple[r] = received[r]![j]!;
    if (isBool) return decodeBool(tuple) >= 0 ? [v.fill[0]!] : [];
    const rel = decodeTuple(tuple) - fillOffset;
    if (rel < 0) return [];
    if (rel < v.fill.length) return [v.fill[rel]!];
    return [{ ...v.resultPointer, byte: rel - v.fill.length }];
  };
  return locateValue(v, shape, placeOf);
}
