// The last, cosmetic shrinking step: every name replaced by the generator's short ones
// (`struct s0`, `enum e0` with `E0_0`, `t0`, members `a`, `b`, ..., `f0(p0, p1)`), numbered
// in order of appearance, so a minimized finding reads like the hand-minimized corpus.
import { mapType, visitDecl } from '../c/fold.js';
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
  const tagsIn = (d: Decl): void => visitDecl(d, (t) => {
    if (t.t === 'tagref') tag(t.tag, t.kind);
  });
  for (const d of h.decls) {
    if (d.kind === 'record' && d.def.tag !== undefined) tag(d.def.tag, d.def.kind);
    if (d.kind === 'enum') {
      tag(d.tag, 'enum');
      const e = names.tags.get(d.tag)!.slice(1);
      d.values.forEach((v, i) => names.enumerators.set(v.name, `E${e}_${i}`));
    }
    tagsIn(d);
    if (d.kind === 'typedef') names.typedefs.set(d.name, `t${names.typedefs.size}`);
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

/** Typedef names and tags renamed; an inline record's members are renamed by renameRecord, its types here. */
function renameType(t: Type, n: Names): Type {
  return mapType(t, (x) => {
    switch (x.t) {
      case 'named': return { t: 'named', name: n.typedefs.get(x.name) ?? x.name };
      case 'tagref': return { ...x, tag: n.tags.get(x.tag) ?? x.tag };
      case 'record': return { t: 'record', def: renameRecord(x.def, n, false) };
      default: return x;
    }
  });
}

/** Member names and the tag; `types`: also the members' types (renameType has done them for an inline record). */
function renameRecord(def: RecordDef, n: Names, types = true): RecordDef {
  const renamed: RecordDef = { ...def, members: renameMembers(def.members, n, { next: 0 }, types) };
  return def.tag === undefined ? renamed : { ...renamed, tag: n.tags.get(def.tag)! };
}

/** An anonymous member's members live in its parent's scope, so they share its counter. */
function renameMembers(members: readonly Member[], n: Names, counter: { next: number }, types: boolean): Member[] {
  return members.map((m) => {
    if (m.name === undefined && m.bits === undefined && m.type.t === 'record') {
      return { ...m, type: { t: 'record', def: { ...m.type.def, members: renameMembers(m.type.def.members, n, counter, types) } } };
    }
    const type = types ? renameType(m.type, n) : m.type;
    return m.name === undefined ? { ...m, type } : { ...m, name: memberName(counter.next++), type };
  });
}

function memberName(i: number): string {
  const letter = String.fromCharCode(97 + (i % 26));
  return i < 26 ? letter : `${letter}${Math.floor(i / 26)}`;
}
