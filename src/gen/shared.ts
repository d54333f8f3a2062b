// IR pieces every generated prototype reuses instead of making its own: identifiers
// (`t3`, `s0`, `p5`, member `c1`), type nodes that only name a type (`int`, `struct s0`,
// `t3`) and empty attribute sets. Later
// stages read a prototype's IR once, long after it was made, when it is no longer in any
// CPU cache: a shared object is read from cache, a private one from memory, and the model
// spent over a third of its time waiting on those reads. Shared names also keep their
// hash: the stages that key Maps by name do not compute it again per prototype. IR is
// never modified after it is made, so sharing is safe.
import type { Attrs, Scalar, Type } from '../c/ir.js';

const tables = new Map<string, string[]>();

/** `${prefix}${i}`, the same string object every time. */
export function indexedName(prefix: string, i: number): string {
  let table = tables.get(prefix);
  if (!table) tables.set(prefix, (table = []));
  for (let k = table.length; k <= i; k++) table.push(`${prefix}${k}`);
  return table[i]!;
}

const scalars = new Map<Scalar, Type>();

export function scalarType(s: Scalar): Type {
  let t = scalars.get(s);
  if (!t) scalars.set(s, (t = { t: 'scalar', s }));
  return t;
}

const tagRefs = { struct: new Map<string, Type>(), union: new Map<string, Type>(), enum: new Map<string, Type>() };

/** `struct tag`, `union tag` or `enum tag`: generated tags repeat from one prototype to the next. */
export function tagRef(kind: 'struct' | 'union' | 'enum', tag: string): Type {
  const memo = tagRefs[kind];
  let t = memo.get(tag);
  if (!t) memo.set(tag, (t = { t: 'tagref', kind, tag }));
  return t;
}

const typedefNames = new Map<string, Type>();

/** A use of the typedef `name`. */
export function typedefName(name: string): Type {
  let t = typedefNames.get(name);
  if (!t) typedefNames.set(name, (t = { t: 'named', name }));
  return t;
}

export const VOID_TYPE: Type = { t: 'void' };

/** The attributes of most declarations: none. (Not frozen: a frozen object has a hidden class of its own.) */
export const NO_ATTRS: Attrs = {};
