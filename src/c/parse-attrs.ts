// GNU attributes and the kernel's attribute macros. Only `packed`, `aligned` and
// `vector_size` change layout; on a function every attribute is irrelevant to the
// argument ABI the fuzzer studies, but on a type an unknown attribute might change layout
// (e.g. `mode`), so there it is an error unless known to be harmless.
import { appendAll } from './append.js';
import { at, errorAt, expect, expected, next, peek, skipGroup, type ParserState } from './cursor.js';
import type { Token } from './lex.js';
import type { Attrs } from './ir.js';
import { parseIntIn } from './parse-expr.js';

export interface RawAttr {
  name: string;
  arg?: number;
  tok: Token;
}

export type AttrSite = 'record' | 'enum' | 'member' | 'typedef' | 'function' | 'param';
export type TypedefAttrs = Attrs & { vectorSize?: number };

const HARMLESS = new Set([
  'unused', 'used', 'deprecated', 'maybe_unused', 'preserve_access_index', 'designated_init',
  'may_alias', 'visibility', 'nonstring', 'btf_type_tag', 'btf_decl_tag', 'noderef', 'counted_by',
]);
/** Kernel macros that expand to a harmless attribute and take an argument list. */
const MACRO_WITH_ARGS = new Set(['__counted_by', '__counted_by_le', '__counted_by_be']);
const MAX_ALIGN = 1 << 28;
/** `__attribute__((aligned))` means the target's biggest alignment. */
const BIGGEST_ALIGNMENT = 16;

export function atAttr(s: ParserState): boolean {
  const t = peek(s);
  return t.kind === 'ident' && (t.text === '__attribute__' || t.text === '__attribute' || t.text === '__packed' || t.text === '__aligned' || MACRO_WITH_ARGS.has(t.text));
}

/** Zero or more consecutive attribute specifiers. */
export function parseAttrs(s: ParserState): RawAttr[] {
  const out: RawAttr[] = [];
  while (atAttr(s)) appendAll(out, parseAttrSpecifier(s));
  return out;
}

function parseAttrSpecifier(s: ParserState): RawAttr[] {
  const t = next(s);
  if (t.text === '__packed') return [{ name: 'packed', tok: t }];
  if (t.text === '__aligned') {
    expect(s, '(');
    const arg = parseAlignment(s);
    expect(s, ')');
    return [{ name: 'aligned', arg, tok: t }];
  }
  if (MACRO_WITH_ARGS.has(t.text)) {
    if (at(s, '(')) skipGroup(s);
    return [{ name: 'counted_by', tok: t }];
  }
  expect(s, '(');
  expect(s, '(');
  const out: RawAttr[] = [];
  while (!at(s, ')')) {
    if (at(s, ',')) {
      next(s);
      continue;
    }
    out.push(parseAttribute(s));
    if (!at(s, ')') && !at(s, ',')) throw expected(s, `',' or ')'`);
  }
  expect(s, ')');
  expect(s, ')');
  return out;
}

function parseAttribute(s: ParserState): RawAttr {
  if (peek(s).kind !== 'ident') throw expected(s, 'attribute name');
  const tok = next(s);
  const name = tok.text.replace(/^__(.*)__$/, '$1');
  if (name === 'aligned' || name === 'vector_size') {
    if (!at(s, '(')) {
      if (name === 'aligned') return { name, arg: BIGGEST_ALIGNMENT, tok };
      throw expected(s, `'('`);
    }
    next(s);
    const arg = name === 'aligned' ? parseAlignment(s) : parseIntIn(s, 'vector size', 1, MAX_ALIGN);
    expect(s, ')');
    return { name, arg, tok };
  }
  if (at(s, '(')) skipGroup(s);
  return { name, tok };
}

function parseAlignment(s: ParserState): number {
  const start = peek(s);
  const n = parseIntIn(s, 'alignment', 1, MAX_ALIGN);
  if ((n & (n - 1)) !== 0) throw errorAt(s, start, `requested alignment ${n} is not a power of 2`);
  return n;
}

/** The layout attributes of `raws` as written at `site`; rejects what the IR cannot hold. */
export function toAttrs(s: ParserState, raws: RawAttr[], site: AttrSite): TypedefAttrs {
  const out: TypedefAttrs = {};
  for (const a of raws) {
    if (site === 'function') continue;
    if (a.name === 'packed') {
      if (site === 'param') throw errorAt(s, a.tok, `unsupported: attribute 'packed' on a parameter`);
      out.packed = true;
    } else if (a.name === 'aligned') {
      if (site === 'param') throw errorAt(s, a.tok, `unsupported: attribute 'aligned' on a parameter`);
      out.aligned = Math.max(out.aligned ?? 0, a.arg!);
    } else if (a.name === 'vector_size') {
      if (site !== 'typedef') throw errorAt(s, a.tok, `unsupported: 'vector_size' outside a typedef`);
      out.vectorSize = a.arg!;
    } else if (!HARMLESS.has(a.name) && site !== 'param') {
      throw errorAt(s, a.tok, `unsupported attribute '${a.name}'`);
    }
  }
  return out;
}
