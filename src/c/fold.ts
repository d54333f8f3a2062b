// One fold over the IR's types: the types written directly inside a type (a pointee, an
// element, the members of an inline record), each with the role it plays and its parent
// rebuilt around a replacement; and, on top of that, a visit (pre-order) and a map
// (bottom-up rebuild). Every walker over types (renaming, closures, forward declarations,
// the shrinker's sites) uses these instead of its own switch. Pure.
import type { Decl, Member, RecordDef, Type } from './ir.js';

/** Where a type is written; `bitfield` is the declared type of a member with a width. */
export type TypeRole = 'ret' | 'param' | 'member' | 'bitfield' | 'typedef' | 'elem' | 'pointee';

export interface TypePart<P> {
  type: Type;
  role: TypeRole;
  /** The parent with this part replaced. */
  with(t: Type): P;
}

/** The member types of a record body, in order. */
export function memberParts(def: RecordDef): TypePart<RecordDef>[] {
  return def.members.map((m, k) => ({
    type: m.type,
    role: m.bits === undefined ? 'member' : 'bitfield',
    with: (t: Type): RecordDef => ({ ...def, members: def.members.map((x, j): Member => (j === k ? { ...m, type: t } : x)) }),
  }));
}

/** The types written directly inside `t`. */
export function typeParts(t: Type): TypePart<Type>[] {
  switch (t.t) {
    case 'ptr': return [{ type: t.to, role: 'pointee', with: (x) => ({ t: 'ptr', to: x }) }];
    case 'array': return [{ type: t.of, role: 'elem', with: (x) => ({ ...t, of: x }) }];
    case 'record': return memberParts(t.def).map((p) => ({ ...p, with: (x: Type): Type => ({ t: 'record', def: p.with(x) }) }));
    default: return [];
  }
}

/** The types a declaration writes, at the top: a function's return and parameters, a typedef's type, a record's members. */
export function declParts(d: Decl): TypePart<Decl>[] {
  switch (d.kind) {
    case 'function': return [
      { type: d.ret, role: 'ret', with: (t) => ({ ...d, ret: t }) },
      ...d.params.map((p, k): TypePart<Decl> => ({ type: p.type, role: 'param', with: (t) => ({ ...d, params: d.params.map((x, j) => (j === k ? { ...p, type: t } : x)) }) })),
    ];
    case 'typedef': return [{ type: d.type, role: 'typedef', with: (t) => ({ ...d, type: t }) }];
    case 'record': return memberParts(d.def).map((p) => ({ ...p, with: (t: Type): Decl => ({ ...d, def: p.with(t) }) }));
    case 'enum': return [];
  }
}

/** `f` on `t` and on every type inside it, parents before children. */
export function visitType(t: Type, f: (t: Type) => void): void {
  f(t);
  for (const p of typeParts(t)) visitType(p.type, f);
}

/** `f` on every type a declaration writes, and every type inside those, in source order. */
export function visitDecl(d: Decl, f: (t: Type) => void): void {
  for (const p of declParts(d)) visitType(p.type, f);
}

/** `t` rebuilt bottom-up: `f` sees each node with its parts already mapped. */
export function mapType(t: Type, f: (t: Type) => Type): Type {
  const parts = typeParts(t);
  if (parts.length === 0) return f(t);
  // Record members are rebuilt in one go: `with` would copy the member list once per member.
  if (t.t === 'record') return f({ t: 'record', def: mapMembers(t.def, f) });
  return f(parts[0]!.with(mapType(parts[0]!.type, f)));
}

/** A record body with every member's type mapped by `f` (as mapType does). */
export function mapMembers(def: RecordDef, f: (t: Type) => Type): RecordDef {
  return { ...def, members: def.members.map((m): Member => ({ ...m, type: mapType(m.type, f) })) };
}

/** `t` rewritten top-down: where `f` returns something other than its input, that replaces the subtree. */
export function rewriteType(t: Type, f: (t: Type) => Type): Type {
  const r = f(t);
  if (r !== t) return r;
  if (t.t === 'record') return { t: 'record', def: { ...t.def, members: t.def.members.map((m): Member => ({ ...m, type: rewriteType(m.type, f) })) } };
  const [part] = typeParts(t);
  return part ? part.with(rewriteType(part.type, f)) : t;
}

/** A declaration with each type it writes at the top replaced by `g` of it. */
export function mapDeclTypes(d: Decl, g: (t: Type) => Type): Decl {
  switch (d.kind) {
    case 'function': return { ...d, ret: g(d.ret), params: d.params.map((p) => ({ ...p, type: g(p.type) })) };
    case 'typedef': return { ...d, type: g(d.type) };
    case 'record': return { ...d, def: { ...d.def, members: d.def.members.map((m): Member => ({ ...m, type: g(m.type) })) } };
    case 'enum': return d;
  }
}
