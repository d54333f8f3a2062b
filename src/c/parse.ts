// Recursive-descent parser for the header subset the IR describes, forgiving enough for
// pasted kernel and selftest sources: function bodies are skipped, ABI-neutral keywords
// and attributes are dropped, and well-known undeclared typedef names are supplied.
// Everything the IR cannot represent is a CParseError saying what is unsupported.
import { appendAll } from './append.js';
import { accept, at, errorAt, expect, next, peek, skipGroup, type ParserState } from './cursor.js';
import { CParseError } from './error.js';
import type { Decl, FunctionDecl, Header, Type, TypedefDecl } from './ir.js';
import { lex, type PackOp, type Token } from './lex.js';
import { noteValueDepth } from './nesting.js';
import { parseAttrs, toAttrs, type RawAttr } from './parse-attrs.js';
import { applyOps, checkComplete, parseDeclarator, type Declarator } from './parse-declarator.js';
import { parseSpecifiers, startsTypeName, type Specs } from './parse-spec.js';

export { CParseError };

export function parseHeader(text: string, file: string): Header {
  const s: ParserState = {
    file, toks: lex(text, file), pos: 0, depth: 0, recordDepths: new WeakMap(), valueDepths: new Map(),
    typedefs: new Map(), tags: new Map(), consts: new Map(),
    pending: [], decls: [], functions: new Map(), pack: undefined, packStack: [],
  };
  while (peek(s).kind !== 'eof') parseTopLevel(s);
  return { decls: s.decls };
}

function parseTopLevel(s: ParserState): void {
  const t = peek(s);
  if (t.kind === 'pragma') {
    next(s);
    applyPack(s, t.pack!);
  } else if (accept(s, ';')) {
    return;
  } else if (at(s, '_Static_assert') || at(s, 'static_assert')) {
    next(s);
    if (!at(s, '(')) expect(s, '(');
    skipGroup(s);
    expect(s, ';');
  } else if (atMacroStatement(s)) {
    next(s);
    skipGroup(s);
    next(s);
  } else {
    s.pending = [];
    const decls = parseExternalDecl(s);
    appendAll(s.decls, s.pending);
    appendAll(s.decls, decls);
    s.pending = [];
  }
}

/**
 * `__bpf_hook_start();` and the like: an undeclared, non-type identifier applied to
 * arguments at file scope can only be an unexpanded macro (implicit int is gone from C).
 */
function atMacroStatement(s: ParserState): boolean {
  const t = peek(s);
  if (t.kind !== 'ident' || !at(s, '(', 1) || startsTypeName(s, t) || s.typedefs.has(t.text)) return false;
  const save = s.pos;
  next(s);
  try {
    skipGroup(s);
    return at(s, ';');
  } catch {
    return false;
  } finally {
    s.pos = save;
  }
}

function applyPack(s: ParserState, p: PackOp): void {
  if (p.op === 'push') {
    s.packStack.push(s.pack);
    if (p.n !== undefined) s.pack = p.n;
  } else if (p.op === 'pop') {
    s.pack = s.packStack.pop();
  } else {
    s.pack = p.n;
  }
}

/** One declaration: specifiers, then declarators (or one function definition). */
function parseExternalDecl(s: ParserState): Decl[] {
  const specs = parseSpecifiers(s, 'top');
  if (accept(s, ';')) return []; // `struct s {...};`, `enum e {...};`, `struct s;`: hoisted or nothing
  const out: Decl[] = [];
  let base = specs.base;
  for (let index = 0; ; index++) {
    const d = parseDeclarator(s, 'named');
    const post = parseDeclSuffixAttrs(s);
    base ??= nameAnonEnum(s, specs, d);
    if (d.ops[0]?.k === 'fn') {
      if (specs.typedef) throw errorAt(s, d.start, 'unsupported: function type in a typedef');
      pushFunction(s, out, makeFunction(s, d, base), d.start);
      if (at(s, '{')) {
        if (index > 0) throw errorAt(s, peek(s), `expected ';', found '{'`);
        skipGroup(s);
        return out;
      }
    } else if (specs.typedef) {
      const td = makeTypedef(s, d, base, [...specs.attrs, ...post]);
      if (td !== undefined) out.push(td);
    } else {
      if (accept(s, '=')) skipInitializer(s); // variables do not concern the call ABI
    }
    if (!accept(s, ',')) break;
    base = sharedBase(s, base, d);
  }
  expect(s, ';');
  return out;
}

/** Attributes and `asm("label")` after a declarator. */
function parseDeclSuffixAttrs(s: ParserState): RawAttr[] {
  const out: RawAttr[] = [];
  for (;;) {
    if (at(s, 'asm') || at(s, '__asm__') || at(s, '__asm')) {
      next(s);
      if (!at(s, '(')) expect(s, '(');
      skipGroup(s);
    } else {
      const attrs = parseAttrs(s);
      if (attrs.length === 0) return out;
      appendAll(out, attrs);
    }
  }
}

/** `typedef enum { ... } name;` — the untagged enum takes the typedef's name as its tag. */
function nameAnonEnum(s: ParserState, specs: Specs, d: Declarator): Type {
  const anon = specs.anonEnum!;
  if (!specs.typedef || d.name === undefined) throw errorAt(s, anon.tok, 'unsupported: untagged enum as a type (give it a tag)');
  if (s.tags.has(d.name)) throw errorAt(s, d.start, `cannot use '${d.name}' as the tag of its untagged enum: the tag is taken`);
  s.tags.set(d.name, { kind: 'enum', defined: true });
  s.pending.push({ kind: 'enum', tag: d.name, values: anon.values, attrs: anon.attrs });
  return { t: 'tagref', kind: 'enum', tag: d.name };
}

/** An untagged struct is defined once: later declarators refer to it through the first typedef. */
function sharedBase(s: ParserState, base: Type, first: Declarator): Type {
  if (base.t !== 'record') return base;
  if (first.ops.length === 0 && first.name !== undefined && s.typedefs.has(first.name)) return { t: 'named', name: first.name };
  throw errorAt(s, peek(s), 'unsupported: several declarators sharing one untagged struct definition');
}

function makeFunction(s: ParserState, d: Declarator, base: Type): FunctionDecl {
  const fn = d.ops[0] as Extract<Declarator['ops'][number], { k: 'fn' }>;
  const ret = applyOps(s, d, base, 'function');
  if (ret.t === 'array') throw errorAt(s, d.start, `function '${d.name}' returns an array`);
  if (hasInlineRecord(ret)) throw errorAt(s, d.start, `unsupported: untagged struct in the return type of '${d.name}'`);
  checkComplete(s, ret, d.start);
  return { kind: 'function', name: d.name!, ret, params: fn.params };
}

/** A repeated prototype is dropped; a conflicting one is an error. */
function pushFunction(s: ParserState, out: Decl[], fn: FunctionDecl, at: Token): void {
  const earlier = s.functions.get(fn.name);
  if (earlier === undefined) {
    s.functions.set(fn.name, fn);
    out.push(fn);
  } else if (signatureKey(earlier) !== signatureKey(fn)) {
    throw errorAt(s, at, `conflicting types for '${fn.name}'`);
  }
}

const signatureKey = (fn: FunctionDecl): string => JSON.stringify([fn.ret, fn.params.map((p) => p.type)]);

function makeTypedef(s: ParserState, d: Declarator, base: Type, raws: RawAttr[]): TypedefDecl | undefined {
  const type = applyOps(s, d, base, 'typedef');
  const attrs = toAttrs(s, raws, 'typedef');
  const name = d.name!;
  if (s.pack !== undefined && hasInlineRecord(type)) {
    throw errorAt(s, d.start, `unsupported: '#pragma pack' around the untagged struct of typedef '${name}' (give the struct a tag)`);
  }
  const td: TypedefDecl = { kind: 'typedef', name, type, attrs };
  const earlier = s.typedefs.get(name);
  if (earlier !== undefined) {
    const same = JSON.stringify(earlier.type) === JSON.stringify(type) && !earlier.vector && attrs.vectorSize === undefined;
    if (!same) throw errorAt(s, d.start, `conflicting types for typedef '${name}'`);
    return undefined; // C11 allows repeating a typedef with the same type
  }
  s.typedefs.set(name, { type, vector: attrs.vectorSize !== undefined });
  noteValueDepth(s, `typedef ${name}`, type, d.start);
  return td;
}

function hasInlineRecord(t: Type): boolean {
  return t.t === 'record' || (t.t === 'ptr' && hasInlineRecord(t.to)) || (t.t === 'array' && hasInlineRecord(t.of));
}

function skipInitializer(s: ParserState): void {
  while (!at(s, ',') && !at(s, ';')) {
    if (peek(s).kind === 'eof') expect(s, ';');
    if (at(s, '(') || at(s, '[') || at(s, '{')) skipGroup(s);
    else next(s);
  }
}
