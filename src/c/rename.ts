// Gives every global name of a header a prefix, so prototypes from unrelated headers can
// share one translation unit (two headers may both declare `struct s0`).
import type { Decl, Header, Member, RecordDef, Type } from './ir.js';

export function prefixGlobalNames(h: Header, prefix: string): Header {
  const ty = (t: Type): Type => renameType(t, prefix);
  const decl = (d: Decl): Decl => {
    switch (d.kind) {
      case 'record': return { ...d, def: renameRecord(d.def, prefix) };
      case 'enum': return { ...d, tag: prefix + d.tag, values: d.values.map((v) => ({ ...v, name: prefix + v.name })) };
      case 'typedef': return { ...d, name: prefix + d.name, type: ty(d.type) };
      case 'function': return { ...d, name: prefix + d.name, ret: ty(d.ret), params: d.params.map((p) => ({ ...p, type: ty(p.type) })) };
    }
  };
  return { decls: h.decls.map(decl) };
}

function renameRecord(def: RecordDef, prefix: string): RecordDef {
  const members = def.members.map((m): Member => ({ ...m, type: renameType(m.type, prefix) }));
  return def.tag === undefined ? { ...def, members } : { ...def, tag: prefix + def.tag, members };
}

function renameType(t: Type, prefix: string): Type {
  switch (t.t) {
    case 'named': return { t: 'named', name: prefix + t.name };
    case 'tagref': return { ...t, tag: prefix + t.tag };
    case 'ptr': return { t: 'ptr', to: renameType(t.to, prefix) };
    case 'array': return { ...t, of: renameType(t.of, prefix) };
    case 'record': return { t: 'record', def: renameRecord(t.def, prefix) };
    default: return t;
  }
}
