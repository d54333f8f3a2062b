// The places of a header a shrinking step may rewrite, each with a function that rebuilds
// the whole header around a replacement. The IR is immutable data, so a step never edits
// in place: it asks a site for the header with one part swapped and gets a fresh one.
import type { Decl, Header, Member, RecordDef, Type } from '../c/ir.js';

/** Where a type is written; `bitfield` is the declared type of a member with a width. */
export type TypeRole = 'ret' | 'param' | 'member' | 'bitfield' | 'typedef' | 'elem' | 'pointee';

export interface TypeSite {
  type: Type;
  role: TypeRole;
  replace(t: Type): Header;
}

/** A struct or union body: a top-level definition or one written inline in a member or typedef. */
export interface RecordSite {
  def: RecordDef;
  replace(def: RecordDef): Header;
}

export interface Sites {
  types: TypeSite[];
  records: RecordSite[];
}

type Put<T> = (x: T) => Header;

export function sitesOf(h: Header): Sites {
  const out: Sites = { types: [], records: [] };
  h.decls.forEach((d, i) => {
    const put: Put<Decl> = (nd) => ({ decls: h.decls.map((x, j) => (j === i ? nd : x)) });
    switch (d.kind) {
      case 'function':
        visitType(out, d.ret, 'ret', (t) => put({ ...d, ret: t }));
        d.params.forEach((p, k) => visitType(out, p.type, 'param', (t) => put({ ...d, params: replaceAt(d.params, k, { ...p, type: t }) })));
        return;
      case 'typedef': return visitType(out, d.type, 'typedef', (t) => put({ ...d, type: t }));
      case 'record': return visitRecord(out, d.def, (def) => put({ ...d, def }));
      case 'enum': return;
    }
  });
  return out;
}

function visitType(out: Sites, t: Type, role: TypeRole, put: Put<Type>): void {
  out.types.push({ type: t, role, replace: put });
  switch (t.t) {
    case 'ptr': return visitType(out, t.to, 'pointee', (x) => put({ t: 'ptr', to: x }));
    case 'array': return visitType(out, t.of, 'elem', (x) => put({ ...t, of: x }));
    case 'record': return visitRecord(out, t.def, (def) => put({ t: 'record', def }));
    default: return;
  }
}

function visitRecord(out: Sites, def: RecordDef, put: Put<RecordDef>): void {
  out.records.push({ def, replace: put });
  def.members.forEach((m, k) => {
    const putMember: Put<Member> = (nm) => put({ ...def, members: replaceAt(def.members, k, nm) });
    visitType(out, m.type, m.bits === undefined ? 'member' : 'bitfield', (t) => putMember({ ...m, type: t }));
  });
}

export function replaceAt<T>(xs: readonly T[], i: number, x: T): T[] {
  return xs.map((y, j) => (j === i ? x : y));
}

export function removeAt<T>(xs: readonly T[], i: number): T[] {
  return xs.filter((_, j) => j !== i);
}

/**
 * The list without each run of n/2, n/4, … (at least two) neighbours: delta debugging's
 * chunks. Tried before single removals (they are smaller), they cut a long list in a few
 * rounds where one removal a round took one round per element.
 */
export function removeChunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let k = Math.floor(xs.length / 2); k >= 2; k = Math.floor(k / 2)) {
    for (let at = 0; at < xs.length; at += k) out.push([...xs.slice(0, at), ...xs.slice(at + k)]);
  }
  return out;
}

/** Every type of the header rewritten by `f`, outermost first: `f` returning its input descends. */
export function mapTypes(h: Header, f: (t: Type) => Type): Header {
  const ty = (t: Type): Type => {
    const r = f(t);
    if (r !== t) return r;
    switch (t.t) {
      case 'ptr': return { t: 'ptr', to: ty(t.to) };
      case 'array': return { ...t, of: ty(t.of) };
      case 'record': return { t: 'record', def: rec(t.def) };
      default: return t;
    }
  };
  const rec = (def: RecordDef): RecordDef => ({ ...def, members: def.members.map((m) => ({ ...m, type: ty(m.type) })) });
  const decl = (d: Decl): Decl => {
    switch (d.kind) {
      case 'function': return { ...d, ret: ty(d.ret), params: d.params.map((p) => ({ ...p, type: ty(p.type) })) };
      case 'typedef': return { ...d, type: ty(d.type) };
      case 'record': return { ...d, def: rec(d.def) };
      case 'enum': return d;
    }
  };
  return { decls: h.decls.map(decl) };
}

/** Does writing `t` define a struct inline? A prototype may not (C scopes it to the prototype). */
export function definesRecord(t: Type): boolean {
  return t.t === 'record' || (t.t === 'ptr' && definesRecord(t.to)) || (t.t === 'array' && definesRecord(t.of));
}

/** The object without `key`: the IR spells "absent" by leaving a key out, never as undefined. */
export function without<T extends object, K extends keyof T>(x: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = x;
  return rest;
}
