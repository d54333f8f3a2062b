// Records made on purpose where random ones almost never land: homogeneous aggregates
// (HFAs and HVAs: 1 to 4 members of one floating-point type or one short-vector size,
// and 5, one too many) spelled every way C allows, with the edges of the HFA rules added
// now and then (a zero-length array, an empty member, a zero-width bit-field, packing,
// alignment, a member of another type); and empty records (GNU C), which take no
// register and no stack.
import type { Member, RecordDef, Scalar, Type } from '../c/ir.js';
import { chance, pick } from './draw.js';
import { chooseValue, type Ctx } from './env.js';
import { INTEGER_BITS } from '../layout/scalars.js';
import { genShortVectorRef, genVectorOfSize } from './named.js';
import { ALIGNMENTS, declareRecord, genPack, newNames, takeName, type Names } from './records.js';
import { arrayOf, attrsOf, NO_ATTRS, scalarType, sharedMember, tagRef } from './shared.js';
import { genElement, genScalar } from './types.js';
import { CHOICES, type Option } from './weights.js';

type Base = Option<'haBase'>;
type FpBase = Exclude<Base, 'v8' | 'v16'>;

const FP: Record<FpBase, Scalar> = { float16: 'float16', bf16: 'bf16', float: 'float', double: 'double', ldouble: 'ldouble' };
/** `_Complex` of a base: two members of it (there is no `_Complex __bf16`). */
const COMPLEX: Partial<Record<Base, Scalar>> = { float16: 'cfloat16', float: 'cfloat', double: 'cdouble', ldouble: 'cldouble' };
const OTHER_FP: readonly Scalar[] = ['float16', 'float', 'double', 'ldouble'];
const INTEGERS = Object.keys(INTEGER_BITS) as Scalar[];
const NO_BF16_BASES = CHOICES.haBase.filter((b) => b !== 'bf16');
const VECTOR_EXTRAS = CHOICES.haExtra;
const FP_EXTRAS = CHOICES.haExtra.filter((x) => x !== 'mixed-vector');

/**
 * `struct sN` holding `count` members of one base type, spelled in one of several forms;
 * with no room for a record (`depth` 0), the base type itself. User profile only.
 */
export function genHomogeneousRef(ctx: Ctx, depth: number): Type {
  const base = chooseValue(ctx, 'haBase', ctx.bf16s ? CHOICES.haBase : NO_BF16_BASES);
  const count = Number(chooseValue(ctx, 'haCount', CHOICES.haCount));
  const elem = baseType(ctx, base);
  return depth > 0 ? homogeneous(ctx, base, elem, count, depth, true) : elem;
}

function baseType(ctx: Ctx, base: Base): Type {
  return base === 'v8' ? genShortVectorRef(ctx, 8) : base === 'v16' ? genShortVectorRef(ctx, 16) : scalarType(FP[base]);
}

const member = (names: Names, type: Type): Member => sharedMember({ name: takeName(names), type, attrs: NO_ATTRS });

/** A new record of `count` units of `elem`; `outer`: the one the caller asked for, which may get an extra. */
function homogeneous(ctx: Ctx, base: Base, elem: Type, count: number, depth: number, outer: boolean): Type {
  const names = newNames();
  const flat = (n: number): Member[] => Array.from({ length: n }, () => member(names, elem));
  let kind: 'struct' | 'union' = 'struct';
  const form = chooseValue(ctx, 'haForm', COMPLEX[base] ? CHOICES.haForm : CHOICES.haForm.filter((f) => f !== 'complex'));
  let members: Member[];
  switch (form) {
    case 'flat': members = flat(count); break;
    case 'array': members = [member(names, arrayOf(elem, count))]; break;
    case 'split': members = count === 1 ? [member(names, arrayOf(elem, 1))] : [member(names, elem), member(names, arrayOf(elem, count - 1))]; break;
    case 'nested': {
      if (count === 1 || depth < 2) {
        members = flat(count);
        break;
      }
      const k = ctx.d.int(1, count - 1);
      // An anonymous struct shares its parent's member names; a tagged one is a record of its own.
      const inner: Member = chance(ctx.d, 0.3)
        ? sharedMember({ type: { t: 'record', def: { kind: 'struct', members: Array.from({ length: k }, () => member(names, elem)), attrs: NO_ATTRS } }, attrs: NO_ATTRS })
        : member(names, homogeneous(ctx, base, elem, k, depth - 1, false));
      const rest = flat(count - k);
      members = chance(ctx.d, 0.5) ? [inner, ...rest] : [...rest, inner];
      break;
    }
    case 'union': {
      kind = 'union';
      const alternatives = ctx.d.int(1, 3);
      members = Array.from({ length: alternatives }, (_, i) => {
        const units = i === 0 ? count : ctx.d.int(1, count);
        if (units === 1) return member(names, elem);
        // An inline struct member needs one more level of nesting.
        if (depth < 2 || chance(ctx.d, 0.5)) return member(names, arrayOf(elem, units));
        const inner = newNames();
        const def: RecordDef = { kind: 'struct', members: Array.from({ length: units }, () => member(inner, elem)), attrs: NO_ATTRS };
        return sharedMember({ name: takeName(names), type: { t: 'record', def }, attrs: NO_ATTRS });
      });
      break;
    }
    case 'complex': {
      const pairs = Array.from({ length: Math.floor(count / 2) }, () => member(names, scalarType(COMPLEX[base]!)));
      const odd = count % 2 === 1 ? [member(names, elem)] : [];
      members = chance(ctx.d, 0.5) ? [...odd, ...pairs] : [...pairs, ...odd];
      break;
    }
  }
  let attrs = NO_ATTRS;
  let pack: number | undefined;
  if (outer) {
    const extra = chooseValue(ctx, 'haExtra', base === 'v8' || base === 'v16' ? VECTOR_EXTRAS : FP_EXTRAS);
    const insert = (m: Member): void => {
      members.splice(ctx.d.int(0, members.length), 0, m);
    };
    switch (extra) {
      case 'none': break;
      case 'zero-length-array': insert(member(names, arrayOf(chance(ctx.d, 0.6) ? elem : genElement(ctx, depth - 1), 0))); break;
      case 'empty-member': insert(member(names, genEmptyRef(ctx, depth - 1))); break;
      case 'zero-width-bitfield': insert(sharedMember({ type: scalarType(pick(ctx.d, INTEGERS)), bits: 0, attrs: NO_ATTRS })); break;
      case 'packed': attrs = attrsOf(true, undefined); break;
      case 'aligned': attrs = attrsOf(false, pick(ctx.d, ALIGNMENTS)); break;
      case 'pragma-pack': pack = genPack(ctx) ?? 8; break;
      case 'member-aligned': {
        // Of a named member: gcc ignores attributes on an anonymous one (records.ts).
        const named = members.flatMap((m, i) => (m.name === undefined ? [] : [i]));
        const i = pick(ctx.d, named);
        members[i] = sharedMember({ name: members[i]!.name!, type: members[i]!.type, attrs: attrsOf(false, pick(ctx.d, ALIGNMENTS)) });
        break;
      }
      case 'other-member': insert(member(names, scalarType(chance(ctx.d, 0.5) ? pick(ctx.d, OTHER_FP) : pick(ctx.d, INTEGERS)))); break;
      case 'mixed-vector': insert(member(names, genVectorOfSize(ctx, base === 'v8' ? 8 : 16))); break;
    }
  }
  return declareRecord(ctx, { kind, members, attrs }, pack);
}

const EMPTY_KINDS = ['struct', 'union'] as const;

/** `struct sN` (or a union) of size 0, existing or new; with no room for a record, a scalar. */
export function genEmptyRef(ctx: Ctx, depth: number): Type {
  if (depth <= 0) return genScalar(ctx);
  const existing = [...ctx.records].filter(([, r]) => r.empty && r.height <= depth);
  if (existing.length > 0 && chance(ctx.d, 0.4)) {
    const [tag, r] = pick(ctx.d, existing);
    return tagRef(r.kind, tag);
  }
  const names = newNames();
  const form = chooseValue(ctx, 'emptyForm', CHOICES.emptyForm);
  const kind = chance(ctx.d, 0.25) ? EMPTY_KINDS[1] : EMPTY_KINDS[0];
  let members: Member[];
  switch (form) {
    case 'bare': members = []; break;
    case 'zero-length-array': members = Array.from({ length: ctx.d.int(1, 2) }, () => member(names, arrayOf(genElement(ctx, depth - 1), 0))); break;
    // A record nesting allows no deeper than a bare `{}` is made bare.
    case 'nested-empty': members = depth > 1 ? [member(names, genEmptyRef(ctx, depth - 1))] : []; break;
    case 'zero-width-bitfield': members = [sharedMember({ type: scalarType(pick(ctx.d, INTEGERS)), bits: 0, attrs: NO_ATTRS })]; break;
  }
  return declareRecord(ctx, { kind, members, attrs: NO_ATTRS }, undefined, true);
}
