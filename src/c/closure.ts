// The part of a header one function needs: the oracle compiles each prototype in its own
// region of a shared translation unit, so a type one compiler rejects only costs the
// prototypes that use it.
import { visitDecl, visitType } from './fold.js';
import type { Decl, FunctionDecl, Header, Type } from './ir.js';

export function declsFor(h: Header, fn: FunctionDecl): Header {
  const needed = new Set<string>();
  const byKey = new Map<string, Decl>();
  for (const d of h.decls) {
    const k = keyOf(d);
    if (k) byKey.set(k, d);
  }
  const visit = (t: Type): void => {
    if (t.t === 'named') need(`typedef ${t.name}`);
    else if (t.t === 'tagref') need(`${t.kind} ${t.tag}`);
  };
  const need = (k: string): void => {
    if (needed.has(k)) return;
    needed.add(k);
    const d = byKey.get(k);
    if (d?.kind === 'typedef' || d?.kind === 'record') visitDecl(d, visit);
  };
  visitType(fn.ret, visit);
  fn.params.forEach((p) => visitType(p.type, visit));
  const kept = h.decls.filter((d) => d === fn || (keyOf(d) !== undefined && needed.has(keyOf(d)!)));
  return { decls: kept };
}

function keyOf(d: Decl): string | undefined {
  switch (d.kind) {
    case 'typedef': return `typedef ${d.name}`;
    case 'enum': return `enum ${d.tag}`;
    case 'record': return d.def.tag === undefined ? undefined : `${d.def.kind} ${d.def.tag}`;
    case 'function': return undefined;
  }
}
