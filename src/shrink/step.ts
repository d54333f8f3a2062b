// What a shrinking step is: from a header holding one prototype and only what it uses, every
// header that simplifies it in one way. Steps propose freely; candidates.ts tidies, checks
// and orders what they propose.
import type { FunctionDecl, Header } from '../c/ir.js';

export type Step = (h: Header) => Header[];

/** The header's one function, and where it sits. */
export function theFunction(h: Header): { fn: FunctionDecl; index: number } {
  const index = h.decls.findIndex((d) => d.kind === 'function');
  if (index < 0) throw new Error('shrink: the header has no function');
  return { fn: h.decls[index] as FunctionDecl, index };
}

export function withFunction(h: Header, fn: FunctionDecl): Header {
  const { index } = theFunction(h);
  return { decls: h.decls.map((d, i) => (i === index ? fn : d)) };
}
