// Random structs and unions: members, bit-fields, anonymous members, flexible arrays and
// the packing/alignment attributes that make AAPCS64 layouts interesting.
import type { Attrs, Member, RecordDecl, RecordDef, Type } from '../c/ir.js';
import { arrayOf, attrsOf, indexedName, NO_ATTRS, scalarType, sharedMember, tagRef } from './shared.js';
import { chance, pick, weighted } from './draw.js';
import { choose, chooseValue, infoOf, recordInfo, type Ctx } from './env.js';
import { INTEGER_BITS } from '../layout/scalars.js';
import { genEnumRef, genIntTypedefRef } from './named.js';
import { genBitInt, genElement, genType } from './types.js';
import type { Option } from './weights.js';

export const ALIGNMENTS = [1, 2, 4, 8, 16, 32, 64] as const;
const INTEGER_SCALARS = Object.keys(INTEGER_BITS) as (keyof typeof INTEGER_BITS)[];

/** Member names of one record scope; anonymous members share their parent's (C flattens them). */
export interface Names {
  next: number;
}

export const newNames = (): Names => ({ next: 0 });

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i));

export function takeName(names: Names): string {
  const i = names.next++;
  const letter = LETTERS[i % 26]!;
  return i < 26 ? letter : indexedName(letter, Math.floor(i / 26));
}

/**
 * `struct sN` for an existing record that fits in `depth` (or a new one), or undefined when
 * depth leaves no room for a record. `flexible` asks for a record that may end in `[]`.
 */
export function genRecordRef(ctx: Ctx, depth: number, flexible: boolean): Type | undefined {
  const existing = [...ctx.records].filter(([, r]) => r.height <= depth && (flexible || !r.flexible));
  if (existing.length > 0 && (depth === 0 || chance(ctx.d, 0.35))) {
    const [tag, r] = pick(ctx.d, existing);
    return tagRef(r.kind, tag);
  }
  return depth > 0 ? genRecordDecl(ctx, depth, flexible) : undefined;
}

function genRecordDecl(ctx: Ctx, depth: number, flexible: boolean): Type {
  const body = genRecordDef(ctx, depth - 1, newNames(), flexible);
  return declareRecord(ctx, body, genPack(ctx));
}

/** `#pragma pack(N)` for a new top-level record, mostly none. */
export function genPack(ctx: Ctx): number | undefined {
  const pack = chooseValue(ctx, 'pack', ['none', '1', '2', '4', '8', '16']);
  return pack === 'none' ? undefined : Number(pack);
}

/** Declares `body` under the next tag (`sN`), under `#pragma pack(pack)` if given; `empty`: it is of size 0. */
export function declareRecord(ctx: Ctx, body: RecordDef, pack: number | undefined, empty = false): Type {
  const tag = indexedName('s', ctx.records.size);
  const def: RecordDef = { kind: body.kind, tag, members: body.members, attrs: body.attrs };
  const decl: RecordDecl = { kind: 'record', def };
  if (pack !== undefined) decl.pack = pack;
  ctx.decls.push(decl);
  const last = def.members.at(-1)?.type;
  ctx.records.set(tag, { ...recordInfo(ctx, def), kind: def.kind, flexible: last?.t === 'array' && last.len === null, empty });
  return tagRef(def.kind, tag);
}

/** An untagged record whose members may nest records up to `depth` deep. */
export function genRecordDef(ctx: Ctx, depth: number, names: Names, flexible: boolean): RecordDef {
  const kind = chooseValue(ctx, 'recordKind', ['struct', 'union']);
  const members = genMembers(ctx, depth, names);
  if (!members.some((m) => m.name !== undefined)) members.push(plainMember(ctx, depth, names));
  // A flexible array member needs another named member before it, and only structs have one.
  if (flexible && kind === 'struct' && chance(ctx.d, 0.8)) members.push(flexibleMember(ctx, depth, names));
  return { kind, members, attrs: genAttrs(ctx, 0.2, 0.12) };
}

function genMembers(ctx: Ctx, depth: number, names: Names): Member[] {
  const n = Number(chooseValue(ctx, 'members', ['1', '2', '3', '4', '5', '6']));
  return Array.from({ length: n }, () => genMember(ctx, depth, names));
}

function genMember(ctx: Ctx, depth: number, names: Names): Member {
  const choices: (readonly [Option<'member'>, () => Member])[] = [
    ['plain', () => plainMember(ctx, depth, names)],
    ['bitfield', () => bitField(ctx, names, 'named')],
    ['unnamed-bitfield', () => bitField(ctx, names, 'unnamed')],
    ['zero-bitfield', () => bitField(ctx, names, 'zero')],
  ];
  if (depth > 0) choices.push(['anonymous', () => anonymousMember(ctx, depth, names)]);
  return choose(ctx, 'member', choices);
}

function plainMember(ctx: Ctx, depth: number, names: Names): Member {
  const type = genType(ctx, 'member', depth);
  const name = takeName(names);
  return withAlignas(ctx, { name, type, attrs: genAttrs(ctx, 0.1, 0.1) });
}

/** `_Alignas(N)` may not lower the member's alignment, so N starts at its upper bound (`m` is new: see genAttrs). */
function withAlignas(ctx: Ctx, m: Member): Member {
  const allowed = ALIGNMENTS.filter((n) => n >= infoOf(ctx, m.type).align);
  if (allowed.length === 0 || !chance(ctx.d, 0.1)) return sharedMember(m);
  m.alignas = pick(ctx.d, allowed);
  return sharedMember(m);
}

function anonymousMember(ctx: Ctx, depth: number, names: Names): Member {
  const def = genRecordDef(ctx, depth - 1, names, false);
  // Attributes of the anonymous member itself are left out: gcc ignores them, clang does not.
  return withAlignas(ctx, { type: { t: 'record', def }, attrs: NO_ATTRS });
}

function flexibleMember(ctx: Ctx, depth: number, names: Names): Member {
  const type = arrayOf(genElement(ctx, depth - 1), null);
  return sharedMember({ name: takeName(names), type, attrs: genAttrs(ctx, 0.05, 0.05) });
}

function bitField(ctx: Ctx, names: Names, kind: 'named' | 'unnamed' | 'zero'): Member {
  const { type, bits: max } = genBitFieldType(ctx);
  const width = kind === 'zero' ? 0 : chance(ctx.d, 0.6) ? ctx.d.int(1, Math.min(max, 8)) : ctx.d.int(1, max);
  const attrs = genAttrs(ctx, 0.08, 0.08);
  return sharedMember(kind === 'named' ? { name: takeName(names), type, bits: width, attrs } : { type, bits: width, attrs });
}

function genBitFieldType(ctx: Ctx): { type: Type; bits: number } {
  const type = weighted(ctx.d, [
    [8, (): Type => scalarType(pick(ctx.d, INTEGER_SCALARS))],
    [ctx.bitints ? 2 : 0, (): Type => genBitInt(ctx)],
    [1, (): Type => genEnumRef(ctx, false)],
    [2, (): Type => genIntTypedefRef(ctx)],
  ] as const)();
  return { type, bits: infoOf(ctx, type).bits! };
}

/**
 * `packed` and `aligned(N)`, each with its own probability. IR objects are built property
 * by property, never by object spread: V8 (node 20) gives each object a spread makes a
 * hidden class of its own, so every later stage's property reads on fresh IR missed
 * their inline caches (the model ran at half the speed it has on IR it has seen).
 * Shared (shared.ts) when they can be.
 */
export function genAttrs(ctx: Ctx, pPacked: number, pAligned: number): Attrs {
  const packed = chance(ctx.d, pPacked);
  const aligned = chance(ctx.d, pAligned) ? pick(ctx.d, ALIGNMENTS) : undefined;
  return attrsOf(packed, aligned);
}
