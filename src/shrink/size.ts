// How big a prototype is, for the shrinker: a weighted count of what a reader has to take
// in (declarations, parameters, members, attributes, enumerators and type spellings).
// Every shrinking step except renaming lowers it strictly, which is what makes the search
// terminate: candidates.ts drops any step that does not.
import type { Attrs, Decl, RecordDef, Scalar, Type } from '../c/ir.js';
import { declsFor } from '../c/closure.js';
import type { PrototypeInput } from '../data/prototype.js';

const W = {
  decl: 40,
  param: 20,
  member: 12,
  enumerator: 3,
  attr: 6,
  bitfield: 3,
  /** A width above 1: `: 1` is the simplest width there is. */
  wideBitfield: 1,
  union: 1,
  ptr: 2,
  array: 3,
  longArray: 1,
  /** A typedef name or a tag: above `int`, so replacing one by `int` is progress. */
  reference: 5,
  inlineRecord: 4,
} as const;

/** Integers weigh their bytes (so narrowing pays); floating types weigh more than `int`. */
const SCALAR_WEIGHT: Record<Scalar, number> = {
  bool: 2, char: 1, schar: 1, uchar: 1, short: 2, ushort: 2, int: 4, uint: 4, long: 8, ulong: 8, llong: 8, ullong: 8,
  int128: 16, uint128: 16, float16: 6, bf16: 6, float: 8, double: 12, ldouble: 20,
  cfloat16: 12, cfloat: 16, cdouble: 24, cldouble: 40,
};

export function sizeOf(input: PrototypeInput): number {
  return declsFor(input.header, input.fn).decls.reduce((n, d) => n + W.decl + declWeight(d), 0);
}

/** Parameters and record members (inline records' included): the size a reader sees. */
export function extentOf(input: PrototypeInput): { params: number; members: number } {
  const members = declsFor(input.header, input.fn).decls.reduce((n, d) => n + (d.kind === 'record' ? membersOf(d.def) : d.kind === 'typedef' ? inlineMembers(d.type) : 0), 0);
  return { params: input.fn.params.length, members };
}

const membersOf = (def: RecordDef): number => def.members.reduce((n, m) => n + 1 + inlineMembers(m.type), 0);
const inlineMembers = (t: Type): number => (t.t === 'record' ? membersOf(t.def) : t.t === 'array' ? inlineMembers(t.of) : 0);

function declWeight(d: Decl): number {
  switch (d.kind) {
    case 'function': return typeWeight(d.ret) + d.params.reduce((n, p) => n + W.param + typeWeight(p.type), 0);
    case 'typedef': return typeWeight(d.type) + attrWeight(d.attrs);
    case 'enum': return d.values.length * W.enumerator + attrWeight(d.attrs);
    case 'record': return recordWeight(d.def) + (d.pack === undefined ? 0 : W.attr);
  }
}

function recordWeight(def: RecordDef): number {
  const members = def.members.reduce((n, m) => {
    const bits = m.bits === undefined ? 0 : W.bitfield + (m.bits > 1 ? W.wideBitfield : 0);
    return n + W.member + typeWeight(m.type) + bits + attrWeight(m.attrs) + (m.alignas === undefined ? 0 : W.attr);
  }, 0);
  return members + attrWeight(def.attrs) + (def.kind === 'union' ? W.union : 0);
}

function typeWeight(t: Type): number {
  switch (t.t) {
    case 'void': return 0;
    case 'scalar': return SCALAR_WEIGHT[t.s];
    case 'bitint': return 2 + Math.ceil(t.bits / 8);
    case 'ptr': return W.ptr + typeWeight(t.to);
    case 'array': return W.array + (t.len !== null && t.len > 1 ? W.longArray : 0) + typeWeight(t.of);
    case 'named': case 'tagref': return W.reference;
    case 'record': return W.inlineRecord + recordWeight(t.def);
  }
}

function attrWeight(a: Attrs & { vectorSize?: number }): number {
  return [a.packed, a.aligned, a.vectorSize].filter((x) => x !== undefined && x !== false).length * W.attr;
}
