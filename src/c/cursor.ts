// The parser's state: a position in the token list plus what the header has declared so
// far (C's grammar depends on it: an identifier is a type only if a typedef declared it).
import { CParseError, excerpt } from './error.js';
import type { Token } from './lex.js';
import type { Decl, FunctionDecl, RecordDef, Type } from './ir.js';

export interface ParserState {
  file: string;
  toks: Token[];
  pos: number;
  /** How many constructs enclose the current token (see nesting.ts). */
  depth: number;
  /** How deep each untagged record's IR is, so that a type's depth is known without walking it. */
  recordDepths: WeakMap<RecordDef, number>;
  /** How deep values of each tag and typedef name nest by value, through names: what the layout engine recurses on. */
  valueDepths: Map<string, number>;
  /** Typedef names in scope, with their types (for bit-field and completeness checks). */
  typedefs: Map<string, { type: Type; vector: boolean }>;
  /** Tags seen so far; `defined` is false for forward declarations and bare mentions. */
  tags: Map<string, { kind: 'struct' | 'union' | 'enum'; defined: boolean }>;
  /** Enumerator constants, usable in later constant expressions. */
  consts: Map<string, bigint>;
  /** Declarations the current top-level declaration needs first (hoisted tags, builtins). */
  pending: Decl[];
  decls: Decl[];
  /** The functions among `decls` (and the current declaration's), by name: a header may hold 100,000s. */
  functions: Map<string, FunctionDecl>;
  /** The `#pragma pack` value in force, and the pushed ones. */
  pack: number | undefined;
  packStack: (number | undefined)[];
}

export function peek(s: ParserState, ahead = 0): Token {
  return s.toks[Math.min(s.pos + ahead, s.toks.length - 1)]!;
}

export function next(s: ParserState): Token {
  const t = peek(s);
  if (t.kind !== 'eof') s.pos++;
  return t;
}

/** Is the current token the punctuator or identifier `text`? */
export function at(s: ParserState, text: string, ahead = 0): boolean {
  const t = peek(s, ahead);
  return (t.kind === 'punct' || t.kind === 'ident') && t.text === text;
}

export function accept(s: ParserState, text: string): boolean {
  if (!at(s, text)) return false;
  next(s);
  return true;
}

export function expect(s: ParserState, text: string): Token {
  if (!at(s, text)) throw expected(s, `'${text}'`);
  return next(s);
}

export function expectIdent(s: ParserState, what = 'identifier'): Token {
  if (peek(s).kind !== 'ident') throw expected(s, what);
  return next(s);
}

const KEYWORDS = new Set([
  'void', 'char', 'short', 'int', 'long', 'signed', 'unsigned', 'float', 'double', '_Bool', '_Complex', '_BitInt',
  'struct', 'union', 'enum', 'typedef', 'const', 'volatile', 'restrict', 'extern', 'static', 'inline', '_Alignas',
  'sizeof', 'return', 'if', 'else', 'for', 'while', 'do', 'switch', 'case', 'default', 'break', 'continue', 'goto',
]);

export function describe(t: Token): string {
  switch (t.kind) {
    case 'eof': return 'end of input';
    case 'ident': return KEYWORDS.has(t.text) ? `'${t.text}'` : `identifier '${excerpt(t.text)}'`;
    case 'number': return `number '${excerpt(t.text)}'`;
    case 'string': return `literal ${excerpt(t.text)}`;
    case 'pragma': return `'#pragma pack'`;
    case 'punct': return `'${t.text}'`;
  }
}

export function errorAt(s: ParserState, t: Token, reason: string): CParseError {
  return new CParseError(s.file, t.line, t.col, reason);
}

/** `expected X, found Y` at the current token. */
export function expected(s: ParserState, what: string): CParseError {
  const t = peek(s);
  return errorAt(s, t, `expected ${what}, found ${describe(t)}`);
}

/** Skips a balanced `(...)`, `[...]` or `{...}` group starting at the current token. */
export function skipGroup(s: ParserState): void {
  const open = next(s);
  const close = { '(': ')', '[': ']', '{': '}' }[open.text]!;
  let depth = 1;
  while (depth > 0) {
    const t = next(s);
    if (t.kind === 'eof') throw errorAt(s, open, `expected '${close}' to match this '${open.text}', found end of input`);
    if (t.kind !== 'punct') continue;
    if (t.text === open.text) depth++;
    else if (t.text === close) depth--;
  }
}
