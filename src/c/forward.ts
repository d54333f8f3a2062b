// Structs and unions a header only points to. The IR has no forward declarations (the
// parser drops `struct sock;`), but the printer must still write them: a tag first seen in
// a parameter list is scoped to that prototype, so repeating the prototype (declaration,
// then definition) in one translation unit would otherwise be a conflicting redeclaration.
import type { Decl, Header, RecordDef, Type } from './ir.js';

type TagKind = 'struct' | 'union';

/** For each declaration, the `struct X` / `union X` spellings to forward-declare before it. */
export function forwardDeclarations(h: Header): string[][] {
  const known = new Set<string>();
  return h.decls.map((d) => {
    const defined = definedTags(d);
    const needed: string[] = [];
    for (const key of usedTags(d)) {
      if (known.has(key) || defined.has(key)) continue;
      known.add(key);
      needed.push(key);
    }
    defined.forEach((k) => known.add(k));
    return needed;
  });
}

const key = (kind: TagKind, tag: string): string => `${kind} ${tag}`;

function definedTags(d: Decl): Set<string> {
  const out = new Set<string>();
  const visitDef = (def: RecordDef): void => {
    if (def.tag !== undefined) out.add(key(def.kind, def.tag));
    def.members.forEach((m) => visitType(m.type));
  };
  const visitType = (t: Type): void => {
    if (t.t === 'record') visitDef(t.def);
    else if (t.t === 'ptr') visitType(t.to);
    else if (t.t === 'array') visitType(t.of);
  };
  if (d.kind === 'record') visitDef(d.def);
  else if (d.kind === 'typedef') visitType(d.type);
  return out;
}

function usedTags(d: Decl): string[] {
  const out: string[] = [];
  const visit = (t: Type): void => {
    switch (t.t) {
      case 'tagref': if (t.kind !== 'enum') out.push(key(t.kind, t.tag)); return;
      case 'ptr': return visit(t.to);
      case 'array': return visit(t.of);
      case 'record': return t.def.members.forEach((m) => visit(m.type));
      default: return;
    }
  };
  switch (d.kind) {
    case 'record': d.def.members.forEach((m) => visit(m.type)); break;
    case 'typedef': visit(d.type); break;
    case 'function': [d.ret, ...d.params.map((p) => p.type)].forEach(visit); break;
    case 'enum': break;
  }
  return out;
}
