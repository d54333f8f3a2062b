// Declarators, read the way C writes them: inside out. A declarator becomes the list of
// derivations from the name outwards (`(*p)[4]` → pointer, then array of 4), which are
// then applied to the specifiers' type from the outside in.
import { accept, at, errorAt, expect, expected, next, peek, type ParserState } from './cursor.js';
import type { Param, Type } from './ir.js';
import type { Token } from './lex.js';
import { checkTypeDepth, deeper } from './nesting.js';
import { atAttr, parseAttrs, toAttrs } from './parse-attrs.js';
import { parseIntIn } from './parse-expr.js';
import { parseSpecifiers, startsTypeName } from './parse-spec.js';

export type Op = { k: 'ptr' } | { k: 'arr'; len: number | null } | { k: 'fn'; params: Param[]; tok: Token };

export interface Declarator {
  name?: string;
  /** Derivations, nearest the name first. */
  ops: Op[];
  start: Token;
}

export type DeclaratorMode = 'named' | 'abstract' | 'either';
export type DeclSite = 'function' | 'typedef' | 'member' | 'param' | 'variable';

const POINTER_QUALIFIERS = new Set(['const', 'volatile', 'restrict', '__restrict', '__restrict__', '__const', '__volatile__', '__user', '__kernel', '__iomem', '__force', '__rcu', '__percpu']);
const MAX_ARRAY_LEN = 2 ** 31 - 1;

/** Each pointer, array, parenthesis and parameter list of a declarator nests one level deeper. */
export function parseDeclarator(s: ParserState, mode: DeclaratorMode): Declarator {
  const depth = s.depth;
  try {
    return declarator(s, mode);
  } finally {
    s.depth = depth;
  }
}

function declarator(s: ParserState, mode: DeclaratorMode): Declarator {
  const start = peek(s);
  const ptrs: Op[] = [];
  while (at(s, '*')) {
    deeper(s, next(s), 'declarator');
    ptrs.push({ k: 'ptr' });
    while (POINTER_QUALIFIERS.has(peek(s).text) && peek(s).kind === 'ident') next(s);
    if (atAttr(s)) throw errorAt(s, peek(s), 'unsupported: attributes on a pointer declarator');
  }
  let inner: Declarator | undefined;
  if (peek(s).kind === 'ident' && !atAttr(s)) {
    inner = { name: next(s).text, ops: [], start };
  } else if (at(s, '(') && opensNestedDeclarator(s, mode)) {
    deeper(s, next(s), 'declarator');
    inner = declarator(s, mode);
    expect(s, ')');
  } else if (mode === 'named') {
    throw expected(s, 'an identifier');
  }
  const suffixes = parseSuffixes(s);
  return { ...(inner?.name === undefined ? {} : { name: inner.name }), ops: [...(inner?.ops ?? []), ...suffixes, ...ptrs], start };
}

/** In an abstract declarator `(` may open a parameter list instead: `int (int)` vs `int (*)`. */
function opensNestedDeclarator(s: ParserState, mode: DeclaratorMode): boolean {
  if (mode === 'named') return true;
  const t = peek(s, 1);
  if (t.kind === 'punct') return t.text === '*' || t.text === '(' || t.text === '[';
  return t.kind === 'ident' && !startsTypeName(s, t) && !['__attribute__', '__attribute'].includes(t.text);
}

function parseSuffixes(s: ParserState): Op[] {
  const out: Op[] = [];
  for (;;) {
    if (at(s, '[')) {
      deeper(s, next(s), 'declarator');
      while (['static', 'const', 'volatile', 'restrict', '__restrict'].includes(peek(s).text) && peek(s).kind === 'ident') next(s);
      const len = at(s, ']') ? null : parseIntIn(s, 'array length', 0, MAX_ARRAY_LEN);
      expect(s, ']');
      out.push({ k: 'arr', len });
    } else if (at(s, '(')) {
      const tok = peek(s);
      deeper(s, tok, 'declarator');
      out.push({ k: 'fn', params: parseParams(s), tok });
    } else {
      return out;
    }
  }
}

function parseParams(s: ParserState): Param[] {
  expect(s, '(');
  if (accept(s, ')')) return [];
  if (at(s, 'void') && at(s, ')', 1)) {
    next(s);
    next(s);
    return [];
  }
  const params: Param[] = [];
  do {
    if (at(s, '...')) throw errorAt(s, peek(s), 'unsupported: variadic functions');
    params.push(parseParam(s));
  } while (accept(s, ','));
  expect(s, ')');
  return params;
}

function parseParam(s: ParserState): Param {
  const specs = parseSpecifiers(s, 'param');
  if (specs.anonEnum !== undefined) throw errorAt(s, specs.anonEnum.tok, 'unsupported: untagged enum as a parameter type');
  const d = parseDeclarator(s, 'either');
  toAttrs(s, [...specs.attrs, ...parseAttrs(s)], 'param');
  const declared = applyOps(s, d, specs.base!, 'param');
  // C adjusts an array parameter to a pointer to its element type.
  const type: Type = declared.t === 'array' ? { t: 'ptr', to: declared.of } : declared;
  if (type.t === 'void') throw errorAt(s, d.start, `parameter ${d.name === undefined ? '' : `'${d.name}' `}has type void`);
  checkComplete(s, type, d.start);
  return d.name === undefined ? { type } : { name: d.name, type };
}

/** The type `d` declares from `base`; functions are only allowed as the declared entity itself. */
export function applyOps(s: ParserState, d: Declarator, base: Type, site: DeclSite): Type {
  let t = base;
  for (let i = d.ops.length - 1; i >= 0; i--) {
    const op = d.ops[i]!;
    if (op.k === 'fn') {
      if (i > 0) throw errorAt(s, op.tok, 'unsupported: function pointer types');
      if (site !== 'function') throw errorAt(s, op.tok, `unsupported: function type in a ${site === 'member' ? 'member' : site}`);
      break; // the function's own derivation, always the first
    }
    t = op.k === 'ptr' ? { t: 'ptr', to: t } : { t: 'array', of: t, len: op.len };
  }
  checkTypeDepth(s, t, d.start);
  return t;
}

/**
 * By-value uses need a defined tag; behind a pointer an incomplete (or unknown) tag is fine.
 * A loop through array elements and typedef names, not recursion: a header may chain any
 * number of typedefs.
 */
export function checkComplete(s: ParserState, t: Type, at: Token): void {
  for (let cur: Type | undefined = t; cur !== undefined; cur = byValuePart(s, cur)) {
    if (cur.t === 'tagref' && !s.tags.get(cur.tag)?.defined) throw errorAt(s, at, `incomplete type '${cur.kind} ${cur.tag}' used by value`);
  }
}

/** The type a by-value `t` holds by value in turn, if any. */
function byValuePart(s: ParserState, t: Type): Type | undefined {
  if (t.t === 'array') return t.of;
  return t.t === 'named' ? s.typedefs.get(t.name)?.type : undefined;
}
