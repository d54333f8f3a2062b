// From IR types to Shapes: typedef attributes, vectors, enums, records (laid out once per
// resolver and declaration) and arrays. Pure, memoized per resolver.
import type { EnumDecl, RecordDecl, RecordDef, Type, TypedefDecl } from '../c/ir.js';
import { declIndex, type Scope } from '../c/scope.js';
import { enumShape } from './enums.js';
import { layoutRecord } from './record.js';
import { GCC_LAYOUT, type LayoutRules } from './rules.js';
import { bitIntShape, bitIntShapeWith, POINTER, scalarShape, VOID } from './scalars.js';
import { shape, withAlign, type RecordShape, type Shape } from './shape.js';
import { markUserAligned } from './user-align.js';

/**
 * The memo is indexed like `scope.decls`: a name's look-up finds its declaration's index,
 * which is also where its shape is kept (no hash maps to build per prototype). Records
 * defined inline need none: each is used once, where it is written.
 */
interface Resolver {
  scope: Scope;
  rules: LayoutRules;
  memo: (Shape | undefined)[];
}

export type Resolve = (t: Type) => Shape;

/**
 * A resolver with its own memo: every record, typedef and enum of `scope` is resolved
 * once. The per-prototype hot path (compare-model.ts) uses one and drops it: a memo kept
 * in a module-level WeakMap makes the GC promote everything it holds, which cost the
 * model about half its time.
 */
export function resolverFor(scope: Scope, rules: LayoutRules = GCC_LAYOUT): Resolve {
  const r: Resolver = { scope, rules, memo: new Array<Shape | undefined>(scope.decls.length) };
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
 * it was defined under the same pragma (declarations record it for top-level ones only).
 */
function resolve(r: Resolver, t: Type, pack: number | undefined): Shape {
  switch (t.t) {
    case 'void': return VOID;
    case 'scalar': return r.rules.scalars?.[t.s] ?? scalarShape(t.s);
    case 'bitint': return r.rules.bitInt ? bitIntShapeWith(t.bits, r.rules.bitInt(t.bits)) : bitIntShape(t.bits);
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
  const i = known(declIndex(r.scope, 'typedef', name), name);
  return (r.memo[i] ??= typedefShape(r, r.scope.decls[i] as TypedefDecl));
}

function enumRef(r: Resolver, tag: string): Shape {
  const i = known(declIndex(r.scope, 'enum', tag), `enum ${tag}`);
  return (r.memo[i] ??= enumShape(r.scope.decls[i] as EnumDecl, r.rules));
}

/**
 * A reference to `struct tag` (or its definition `def`, written where it is used, under
 * the `#pragma pack` of the record around it). A top-level record was defined under its
 * declaration's pragma.
 */
function taggedRecord(r: Resolver, kind: 'struct' | 'union', tag: string, def?: RecordDef, pack?: number): RecordShape {
  const i = declIndex(r.scope, kind, tag);
  if (i < 0 && def) return recordShape(r, def, pack);
  const decl = r.scope.decls[known(i, `${kind} ${tag}`)] as RecordDecl;
  return (r.memo[i] ??= recordShape(r, def ?? decl.def, decl.pack ?? pack)) as RecordShape;
}

function known(i: number, what: string): number {
  if (i < 0) throw new Error(`model: '${what}' is not declared in this header`);
  return i;
}

function recordShape(r: Resolver, def: RecordDef, pack: number | undefined): RecordShape {
  const shapes: Shape[] = [];
  for (const m of def.members) shapes.push(resolve(r, m.type, pack));
  const rec = layoutRecord(def, shapes, pack, r.rules);
  return shape({ k: 'record', size: rec.size, align: rec.align, rec });
}

/** A `vector_size(N)` vector of `elem`: aligned to min(N, 16) on aarch64, to the target's cap elsewhere. */
function vectorShape(size: number, elem: Shape, cap: number): Shape {
  const align = Math.min(size, cap);
  return shape({ k: 'vector', size, align, natural: align, fp: elem.k === 'fp' ? elem.fp : undefined, elem });
}

/**
 * A typedef's `aligned(N)` sets the alignment, lowering it too (gcc and clang agree);
 * `packed` on a typedef is ignored by both. `vector_size(N)` makes a GNU vector, aligned
 * to min(N, 16) on aarch64.
 */
function typedefShape(r: Resolver, td: TypedefDecl): Shape {
  const vs = td.attrs.vectorSize;
  const base: Shape = vs === undefined ? resolve(r, td.type, undefined) : vectorShape(vs, resolve(r, td.type, undefined), r.rules.vectorAlignCap ?? 16);
  return td.attrs.aligned === undefined ? base : markUserAligned(withAlign(base, td.attrs.aligned));
}
