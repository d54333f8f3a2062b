// Name resolution over a Header: what a typedef name or a tag stands for. Kept apart from
// the IR so the IR stays a faithful picture of the source text.
import type { Decl, EnumDecl, Header, RecordDecl, RecordDef, Type, TypedefDecl } from './ir.js';

/**
 * The declarations names are looked up in, latest first. A header declares a handful of
 * names, so a backward scan (the generator's names are shared strings, compared by
 * identity) beats building hash maps: the fuzz loop makes a scope for every prototype,
 * and five maps cost more than all its look-ups.
 */
export interface Scope {
  readonly decls: readonly Decl[];
}

export function scopeOf(h: Header): Scope {
  return h;
}

/** Where a name is declared: in C's ordinary namespace (typedefs) or one of the tag kinds. */
export type Namespace = 'typedef' | 'enum' | 'struct' | 'union';

/**
 * Above this many declarations (a pasted kernel header, not a generated prototype) names
 * are looked up in an index built once per header: a scan per look-up would make a
 * header of N prototypes cost N squared.
 */
const SCAN_LIMIT = 64;

const indexes = new WeakMap<readonly Decl[], Map<string, number>>();

const keyOf = (d: Decl): string | undefined =>
  d.kind === 'typedef' ? `typedef ${d.name}` : d.kind === 'enum' ? `enum ${d.tag}` : d.kind === 'record' && d.def.tag !== undefined ? `${d.def.kind} ${d.def.tag}` : undefined;

function indexOf(decls: readonly Decl[]): Map<string, number> {
  let index = indexes.get(decls);
  if (!index) {
    index = new Map();
    decls.forEach((d, i) => {
      const k = keyOf(d);
      if (k !== undefined) index!.set(k, i); // the latest wins
    });
    indexes.set(decls, index);
  }
  return index;
}

/** The index in `scope.decls` of the latest declaration of `name` in `ns`, or -1. */
export function declIndex(scope: Scope, ns: Namespace, name: string): number {
  const decls = scope.decls;
  if (decls.length > SCAN_LIMIT) return indexOf(decls).get(`${ns} ${name}`) ?? -1;
  for (let i = decls.length - 1; i >= 0; i--) {
    const d = decls[i]!;
    if (d.kind === 'typedef' ? ns === 'typedef' && d.name === name : d.kind === 'enum' ? ns === 'enum' && d.tag === name : d.kind === 'record' && d.def.kind === ns && d.def.tag === name) return i;
  }
  return -1;
}

function declared(scope: Scope, ns: Namespace, name: string): Decl | undefined {
  const i = declIndex(scope, ns, name);
  return i < 0 ? undefined : scope.decls[i];
}

export function typedefOf(scope: Scope, name: string): TypedefDecl | undefined {
  return declared(scope, 'typedef', name) as TypedefDecl | undefined;
}

export function enumOf(scope: Scope, tag: string): EnumDecl | undefined {
  return declared(scope, 'enum', tag) as EnumDecl | undefined;
}

/** `#pragma pack(N)` in force where a top-level record was defined. */
export function packOf(scope: Scope, def: RecordDef): number | undefined {
  if (scope.decls.length > SCAN_LIMIT) {
    const i = def.tag === undefined ? -1 : declIndex(scope, def.kind, def.tag);
    const d = scope.decls[i];
    if (d?.kind === 'record' && d.def === def) return d.pack;
  }
  for (const d of scope.decls) if (d.kind === 'record' && d.def === def) return d.pack;
  return undefined;
}

/** Follows typedef names until the type is no longer a `named` one. */
export function stripTypedefs(scope: Scope, t: Type): Type {
  let cur = t;
  for (let guard = 0; cur.t === 'named'; guard++) {
    const td = typedefOf(scope, cur.name);
    // The parser bounds typedef chains (nesting.ts): more than that many steps is a loop.
    if (!td || guard > 256) throw new Error(`unresolved typedef ${cur.name}`);
    if (td.attrs.vectorSize !== undefined) return cur; // a vector type is its own kind
    cur = td.type;
  }
  return cur;
}

export function vectorTypedef(scope: Scope, t: Type): TypedefDecl | undefined {
  if (t.t !== 'named') return undefined;
  const td = typedefOf(scope, t.name);
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
  return (declared(scope, kind, tag) as RecordDecl | undefined)?.def;
}

export function isBool(scope: Scope, t: Type): boolean {
  const s = stripTypedefs(scope, t);
  return s.t === 'scalar' && s.s === 'bool';
}
