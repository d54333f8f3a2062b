// `enum` specifiers. Every enumerator's value is made explicit in the IR and becomes a
// constant later expressions may use; a tagged definition is hoisted like a struct's.
import { accept, at, expect, expected, expectIdent, next, peek, type ParserState } from './cursor.js';
import type { EnumDecl, Type } from './ir.js';
import type { Token } from './lex.js';
import { parseAttrs, toAttrs } from './parse-attrs.js';
import { parseConstExpr } from './parse-expr.js';
import { defineTag, useTag } from './parse-tags.js';

/** An untagged `enum { ... }`: it only gets a tag (its typedef name) once the declarator is known. */
export interface AnonEnum {
  values: EnumDecl['values'];
  attrs: EnumDecl['attrs'];
  tok: Token;
}

export function parseEnumSpecifier(s: ParserState): Type | AnonEnum {
  const kw = next(s);
  const pre = parseAttrs(s);
  const tagTok = peek(s).kind === 'ident' ? next(s) : undefined;
  if (!at(s, '{')) {
    if (tagTok === undefined) throw expected(s, `'{' or an enum tag`);
    useTag(s, tagTok, 'enum');
    return { t: 'tagref', kind: 'enum', tag: tagTok.text };
  }
  if (tagTok !== undefined) defineTag(s, tagTok, 'enum');
  const values = parseEnumerators(s);
  const attrs = toAttrs(s, [...pre, ...parseAttrs(s)], 'enum');
  if (tagTok === undefined) return { values, attrs, tok: kw };
  s.tags.set(tagTok.text, { kind: 'enum', defined: true });
  s.pending.push({ kind: 'enum', tag: tagTok.text, values, attrs });
  return { t: 'tagref', kind: 'enum', tag: tagTok.text };
}

function parseEnumerators(s: ParserState): EnumDecl['values'] {
  expect(s, '{');
  const values: EnumDecl['values'] = [];
  let nextValue = 0n;
  do {
    const name = expectIdent(s, 'an enumerator name');
    parseAttrs(s); // enumerator attributes (deprecated, ...) do not affect layout
    const value = accept(s, '=') ? parseConstExpr(s) : nextValue;
    s.consts.set(name.text, value);
    values.push({ name: name.text, value: value.toString() });
    nextValue = value + 1n;
  } while (accept(s, ',') && !at(s, '}'));
  expect(s, '}');
  return values;
}
