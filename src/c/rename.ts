// Gives every global name of a header a prefix, so prototypes from unrelated headers can
// share one translation unit (two headers may both declare `struct s0`).
import { mapMembers, mapType } from './fold.js';
import type { Decl, Header, RecordDef, Type } from './ir.js';

export function prefixGlobalNames(h: Header, prefix: string): Header {
  const renamed = (t: Type): Type => {
    switch (t.t) {
      case 'named': return { t: 'named', name: prefix + t.name };
      case 'tagref': return { ...t, tag: prefix + t.tag };
      case 'record': return { t: 'record', def: tagged(t.def) };
      default: return t;
    }
  };
  const tagged = (def: RecordDef): RecordDef => (def.tag === undefined ? def : { ...def, tag: prefix + def.tag });
  const ty = (t: Type): Type => mapType(t, renamed);
  const decl = (d: Decl): Decl => {
    switch (d.kind) {
      case 'record': return { ...d, def: tagged(mapMembers(d.def, renamed)) };
      case 'enum': return { ...d, tag: prefix + d.tag, values: d.values.map((v) => ({ ...v, name: prefix + v.name })) };
      case 'typedef': return { ...d, name: prefix + d.name, type: ty(d.type) };
      case 'function': return { ...d, name: prefix + d.name, ret: ty(d.ret), params: d.params.map((p) => ({ ...p, type: ty(p.type) })) };
    }
  };
  return { decls: h.decls.map(decl) };
}
