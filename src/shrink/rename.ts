// The last, cosmetic shrinking step: every name replaced by the generator's short ones
// (`struct s0`, `enum e0` with `E0_0`, `t0`, members `a`, `b`, ..., `f0(p0, p1)`), numbered
// in order of appearance, so a minimized finding reads like the hand-minimized corpus.
import type { Decl, Header, Member, RecordDef, Type } from '../c/ir.js';

interface Names {
  tags: Map<string, string>;
  typedefs: Map<string, string>;
  enumerators: Map<string, string>;
}

export function shortNames(h: Header): Header {
  const names = assignNames(h);
  return { decls: h.decls.map((d) => renameDecl(d, names)) };
}

function assignNames(h: Header): Names {
  const names: Names = { tags: new Map(), typedefs: new Map(), enumerators: new Map() };
  let records = 0;
  let enums = 0;
  const tag = (t: string, kind: 'struct' | 'union' | 'enum'): void => {
    if (!names.tags.has(t)) names.tags.set(t, kind === 'enum' ? `e${enums++}` : `s${records++}`);
  };
  const visitType = (t: Type): void => {
    if (t.t === 'tagref') tag(t.tag, t.kind);
    else if (t.t === 'ptr') visitType(t.to);
    else if (t.t === 'array') visitType(t.of);
    else if (t.t === 'record') t.def.members.forEach((m) => visitType(m.type));
  };
  for (const d of h.decls) {
    if (d.kind === 'record') {
      if (d.def.tag !== undefined) tag(d.def.tag, d.def.kind);
      d.def.members.forEach((m) => visitType(m.type));
    } else if (d.kind === 'enum') {
      tag(d.tag, 'enum');
      const e = names.tags.get(d.tag)!.slice(1);
      d.values.forEach((v, i) => names.enumerators.set(v.name, `E${e}_${i}`));
    } else if (d.kind === 'typedef') {
      visitType(d.type);
      names.typedefs.set(d.name, `t${names.typedefs.size}`);
    } else {
      [d.ret, ...d.params.map((p) => p.type)].forEach(visitType);
    }
  }
  return names;
}

function renameDecl(d: Decl, n: Names): Decl {
  switch (d.kind) {
    case 'record': return { ...d, def: renameRecord(d.def, n) };
    case 'enum': return { ...d, tag: n.tags.get(d.tag)!, values: d.values.map((v) => ({ ...v, name: n.enumerators.get(v.name)! })) };
    case 'typedef': return { ...d, name: n.typedefs.get(d.name)!, type: renameType(d.type, n) };
    case 'function': return { ...d, name: 'f0', ret: renameType(d.ret, n), params: d.params.map((p, i) => ({ ...p, name: `p${i}`, type: renameType(p.type, n) })) };
  }
}

function renameType(t: Type, n: Names): Type {
  switch (t.t) {
    case 'named': return { t: 'named', name: n.typedefs.get(t.name) ?? t.name };
    case 'tagref': return { ...t, tag: n.tags.get(t.tag) ?? t.tag };
    case 'ptr': return { t: 'ptr', to: renameType(t.to, n) };
    case 'array': return { ...t, of: renameType(t.of, n) };
    case 'record': return { t: 'record', def: renameRecord(t.def, n) };
    default: return t;
  }
}

function renameRecord(def: RecordDef, n: Names): RecordDef {
  const renamed: RecordDef = { ...def, members: renameMembers(def.members, n, { next: 0 }) };
  return def.tag === undefined ? renamed : { ...renamed, tag: n.tags.get(def.tag)! };
}

/** An anonymous member's members live in its parent's scope, so they share its counter. */
function renameMembers(members: readonly Member[], n: Names, counter: { next: number }): Member[] {
  return members.map((m) => {
    if (m.name === undefined && m.bits === undefined && m.type.t === 'record') {
      return { ...m, type: { t: 'record', def: { ...m.type.def, members: renameMembers(m.type.def.members, n, counter) } } };
    }
    const type = renameType(m.type, n);
    return m.name === undefined ? { ...m, type } : { ...m, name: memberName(counter.next++), type };
  });
}

function memberName(i: number): string {
  const letter = String.fromCharCode(97 + (i % 26));
  return i < 26 ? letter : `${letter}${Math.floor(i / 26)}`;
}
