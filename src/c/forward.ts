// Structs and unions a header only points to. The IR has no forward declarations (the
// parser drops `struct sock;`), but the printer must still write them: a tag first seen in
// a parameter list is scoped to that prototype, so repeating the prototype (declaration,
// then definition) in one translation unit would otherwise be a conflicting redeclaration.
import { visitDecl } from './fold.js';
import type { Decl, Header } from './ir.js';

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

function definedTags(d: Decl): Set<string> {
  const out = new Set<string>();
  if (d.kind === 'record' && d.def.tag !== undefined) out.add(`${d.def.kind} ${d.def.tag}`);
  if (d.kind === 'record' || d.kind === 'typedef') {
    visitDecl(d, (t) => {
      if (t.t === 'record' && t.def.tag !== undefined) out.add(`${t.def.kind} ${t.def.tag}`);
    });
  }
  return out;
}

function usedTags(d: Decl): string[] {
  const out: string[] = [];
  visitDecl(d, (t) => {
    if (t.t === 'tagref' && t.kind !== 'enum') out.push(`${t.kind} ${t.tag}`);
  });
  return out;
}
