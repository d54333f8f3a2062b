// Name resolution over a Header: what a typedef name or a tag stands for. Kept apart from
// the IR so the IR stays a faithful picture of the source text.
import type { EnumDecl, Header, RecordDef, Type, TypedefDecl } from './ir.js';

export interface Scope {
  typedefs: Map<string, TypedefDecl>;
  /** Tagged records by tag, one map per tag namespace kind (no key strings to build). */
  structs: Map<string, RecordDef>;
  unions: Map<string, RecordDef>;
  enums: Map<string, EnumDecl>;
  /** `#pragma pack(N)` in force where a record was defined. */
  packs: Map<RecordDef, number>;
}

export function scopeOf(h: Header): Scope {
  const scope: Scope = { typedefs: new Map(), structs: new Map(), unions: new Map(), enums: new Map(), packs: new Map() };
  for (const d of h.decls) {
    if (d.kind === 'typedef') scope.typedefs.set(d.name, d);
    else if (d.kind === 'enum') scope.enums.set(d.tag, d);
    else if (d.kind === 'record' && d.def.tag !== undefined) (d.def.kind === 'struct' ? scope.structs : scope.unions).set(d.def.tag, d.def);
    if (d.kind === 'record' && d.pack !== undefined) scope.packs.set(d.def, d.pack);
  }
  return scope;
}

/** Follows typedef names until the type is no longer a `named` one. */
export function stripTypedefs(scope: Scope, t: Type): Type {
  let cur = t;
  for (let guard = 0; cur.t === 'named'; guard++) {
    const td = scope.typedefs.get(cur.name);
    if (!td || guard > 64) throw new Error(`unresolved typedef ${cur.name}`);
    if (td.attrs.vectorSize !== undefined) return cur; // a vector type is its own kind
    cur = td.type;
  }
  return cur;
}

export function vectorTypedef(scope: Scope, t: Type): TypedefDecl | undefined {
  if (t.t !== 'named') return undefined;
  const td = scope.typedefs.get(t.name);
  if (!td) return undefined;
  return td.attrs.vectorSize !== undefined ? td : vectorTypedef(scope, td.type);
}

/** The record definition a type denotes, if it denotes a struct or union. */
export function recordOf(scope: Scope, t: Type): RecordDef | undefined {
  const s = stripTypedefs(scope, t);
  if (s.t === 'record') return s.def;
  if (s.t === 'tagref' && s.kind !== 'enum') return taggedRecordOf(scope, s.kind, s.tag);
  return undefined;
}

/** The definition of `struct tag` or `union tag`, if the header has one. */
export function taggedRecordOf(scope: Scope, kind: 'struct' | 'union', tag: string): RecordDef | undefined {
  return (kind === 'struct' ? scope.structs : scope.unions).get(tag);
}

export function isBool(scope: Scope, t: Type): boolean {
  const s = stripTypedefs(scope, t);
  return s.t === 'scalar' && s.s === 'bool';
}
