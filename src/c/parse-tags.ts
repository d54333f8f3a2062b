// Tag bookkeeping shared by struct, union and enum specifiers: C keeps one tag namespace,
// and a tag may be mentioned (behind a pointer) long before, or without, its definition.
import { errorAt, type ParserState } from './cursor.js';
import type { Token } from './lex.js';

export function useTag(s: ParserState, tok: Token, kind: 'struct' | 'union' | 'enum'): void {
  const known = s.tags.get(tok.text);
  if (known === undefined) s.tags.set(tok.text, { kind, defined: false });
  else if (known.kind !== kind) throw errorAt(s, tok, `'${tok.text}' defined as wrong kind of tag (${known.kind}, used as ${kind})`);
}

/** Checks a definition is the first, and makes the tag visible inside its own body. */
export function defineTag(s: ParserState, tok: Token, kind: 'struct' | 'union' | 'enum'): void {
  if (s.tags.get(tok.text)?.defined) throw errorAt(s, tok, `redefinition of '${kind} ${tok.text}'`);
  useTag(s, tok, kind);
}
