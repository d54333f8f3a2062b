// The places of a header a shrinking step may rewrite, each with a function that rebuilds
// the whole header around a replacement. The IR is immutable data, so a step never edits
// in place: it asks a site for the header with one part swapped and gets a fresh one.
import { declParts, mapDeclTypes, memberParts, rewriteType, typeParts, type TypeRole } from '../c/fold.js';
import type { Decl, Header, RecordDef, Type } from '../c/ir.js';

export type { TypeRole };

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
    if (d.kind === 'record') return visitRecord(out, d.def, (def) => put({ ...d, def }));
    for (const p of declParts(d)) visitType(out, p.type, p.role, (t) => put(p.with(t)));
  });
  return out;
}

function visitType(out: Sites, t: Type, role: TypeRole, put: Put<Type>): void {
  out.types.push({ type: t, role, replace: put });
  if (t.t === 'record') return visitRecord(out, t.def, (def) => put({ t: 'record', def }));
  for (const p of typeParts(t)) visitType(out, p.type, p.role, (x) => put(p.with(x)));
}

function visitRecord(out: Sites, def: RecordDef, put: Put<RecordDef>): void {
  out.records.push({ def, replace: put });
  for (const p of memberParts(def)) visitType(out, p.type, p.role, (t) => put(p.with(t)));
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
  return { decls: h.decls.map((d) => mapDeclTypes(d, (t) => rewriteType(t, f))) };
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
