// From IR types to Shapes: typedef attributes, vectors, enums, records (laid out once per
// resolver and declaration) and arrays. Pure, memoized per resolver.
import type { RecordDef, Type, TypedefDecl } from '../c/ir.js';
import { taggedRecordOf, type Scope } from '../c/scope.js';
import { enumShape } from './enums.js';
import { layoutRecord } from './record.js';
import { bitIntShape, POINTER, scalarShape, VOID } from './scalars.js';
import { shape, type RecordShape, type Shape } from './shape.js';

/**
 * Memos by name, not by declaration object: the names' hashes are already cached (they
 * went into the scope's maps), while an IR object's first use as a key costs V8 a
 * runtime call to give it an identity hash. Records defined inline need none: each is
 * used once, where it is written (a typedef naming one has its own memo entry).
 */
interface Resolver {
  scope: Scope;
  typedefs: Map<string, Shape>;
  enums: Map<string, Shape>;
  structs: Map<string, RecordShape>;
  unions: Map<string, RecordShape>;
}

export type Resolve = (t: Type) => Shape;

/**
 * A resolver with its own memo: every record, typedef and enum of `scope` is resolved
 * once. The per-prototype hot path (compare-model.ts) uses one and drops it: a memo kept
 * in a module-level WeakMap makes the GC promote everything it holds, which cost the
 * model about half its time.
 */
export function resolverFor(scope: Scope): Resolve {
  const r: Resolver = { scope, typedefs: new Map(), enums: new Map(), structs: new Map(), unions: new Map() };
  return (t) => resolve(r, t, undefined);
}

const resolvers = new WeakMap<Scope, Resolve>();

/** For callers that keep only the scope: one resolver per scope object. */
export function shapeOf(scope: Scope, t: Type): Shape {
  let r = resolvers.get(scope);
  if (!r) resolvers.set(scope, (r = resolverFor(scope)));
  return r(t);
}

/**
 * `pack` is the `#pragma pack` of the record being laid out: a record defined inline in
 * it was defined under the same pragma (scope.packs only knows top-level records).
 */
function resolve(r: Resolver, t: Type, pack: number | undefined): Shape {
  switch (t.t) {
    case 'void': return VOID;
    case 'scalar': return scalarShape(t.s);
    case 'bitint': return bitIntShape(t.bits);
    case 'ptr': return POINTER;
    case 'named': return typedefRef(r, t.name);
    case 'tagref': return t.kind === 'enum' ? enumRef(r, t.tag) : taggedRecord(r, t.kind, t.tag);
    case 'record': return t.def.tag === undefined ? recordShape(r, t.def, pack) : taggedRecord(r, t.def.kind, t.def.tag, t.def, pack);
    case 'array': {
      const elem = resolve(r, t.of, pack);
      const len = t.len ?? 0;
      return shape({ k: 'array', elem, len, flexible: t.len === null, size: elem.size * len, align: elem.align });
    }
  }
}

function typedefRef(r: Resolver, name: string): Shape {
  let s = r.typedefs.get(name);
  if (!s) r.typedefs.set(name, (s = typedefShape(r, known(r.scope.typedefs.get(name), name))));
  return s;
}

function enumRef(r: Resolver, tag: string): Shape {
  let s = r.enums.get(tag);
  if (!s) r.enums.set(tag, (s = enumShape(known(r.scope.enums.get(tag), `enum ${tag}`))));
  return s;
}

/** A reference to `struct tag` (or its definition `def`, written where it is used). */
function taggedRecord(r: Resolver, kind: 'struct' | 'union', tag: string, def?: RecordDef, pack?: number): RecordShape {
  const memo = kind === 'struct' ? r.structs : r.unions;
  let s = memo.get(tag);
  if (!s) memo.set(tag, (s = recordShape(r, def ?? known(taggedRecordOf(r.scope, kind, tag), `${kind} ${tag}`), pack)));
  return s;
}

function known<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`model: '${what}' is not declared in this header`);
  return x;
}

function recordShape(r: Resolver, def: RecordDef, inherited: number | undefined): RecordShape {
  const pack = r.scope.packs.get(def) ?? inherited;
  const shapes: Shape[] = [];
  for (const m of def.members) shapes.push(resolve(r, m.type, pack));
  const rec = layoutRecord(def, shapes, pack);
  return shape({ k: 'record', size: rec.size, align: rec.align, rec });
}

/**
 * A typedef's `aligned(N)` sets the alignment, lowering it too (gcc and clang agree);
 * `packed` on a typedef is ignored by both. `vector_size(N)` makes a GNU vector, aligned
 * to min(N, 16) on aarch64.
 */
function typedefShape(r: Resolver, td: TypedefDecl): Shape {
  const vs = td.attrs.vectorSize;
  const base: Shape = vs === undefined ? resolve(r, td.type, undefined) : shape({ k: 'vector', size: vs, align: Math.min(vs, 16), natural: Math.min(vs, 16) });
  return td.attrs.aligned === undefined ? base : shape({ ...base, align: td.attrs.aligned });
}
