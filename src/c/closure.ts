// The part of a header one function needs: the oracle compiles each prototype in its own
// region of a shared translation unit, so a type one compiler rejects only costs the
// prototypes that use it.
import { visitDecl, visitType } from './fold.js';
import type { Decl, FunctionDecl, Header, Type } from './ir.js';

export function declsFor(h: Header, fn: FunctionDecl): Header {
  const { byKey, position } = indexOf(h);
  const kept = new Set<number>([position.get(fn)!]);
  const needed = new Set<string>();
  const visit = (t: Type): void => {
    if (t.t === 'named') need(`typedef ${t.name}`);
    else if (t.t === 'tagref') need(`${t.kind} ${t.tag}`);
  };
  const need = (k: string): void => {
    if (needed.has(k)) return;
    needed.add(k);
    for (const i of byKey.get(k) ?? []) {
      kept.add(i);
      const d = h.decls[i]!;
      if (d.kind === 'typedef' || d.kind === 'record') visitDecl(d, visit);
    }
  };
  visitType(fn.ret, visit);
  fn.params.forEach((p) => visitType(p.type, visit));
  return { decls: [...kept].sort((a, b) => a - b).map((i) => h.decls[i]!) };
}

/** Per header, built once: where each name is declared (every declaration of it), and where each declaration is. */
interface Index { byKey: Map<string, number[]>; position: Map<Decl, number> }

const indexes = new WeakMap<Header, Index>();

function indexOf(h: Header): Index {
  let index = indexes.get(h);
  if (index) return index;
  index = { byKey: new Map(), position: new Map() };
  for (const [i, d] of h.decls.entries()) {
    index.position.set(d, i);
    const k = keyOf(d);
    if (k) index.byKey.set(k, [...(index.byKey.get(k) ?? []), i]);
  }
  indexes.set(h, index);
  return index;
}

function keyOf(d: Decl): string | undefined {
  switch (d.kind) {
    case 'typedef': return `typedef ${d.name}`;
    case 'enum': return `enum ${d.tag}`;
    case 'record': return d.def.tag === undefined ? undefined : `${d.def.kind} ${d.def.tag}`;
    case 'function': return undefined;
  }
}
