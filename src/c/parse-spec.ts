// Declaration specifiers: the type keywords, typedef names, struct/union/enum specifiers,
// qualifiers and storage classes in front of a declarator. Tagged struct, union and enum
// definitions are hoisted into top-level declarations wherever they appear (C gives their
// tags file scope anyway), so the IR only ever holds untagged records inline.
import { builtinTypedef } from './builtins.js';
import { accept, at, errorAt, expect, expected, expectIdent, next, peek, type ParserState } from './cursor.js';
import type { EnumDecl, Member, RecordDef, Scalar, Type } from './ir.js';
import type { Token } from './lex.js';
import { atAttr, parseAttrs, toAttrs, type RawAttr } from './parse-attrs.js';
import { applyOps, checkComplete, parseDeclarator } from './parse-declarator.js';
import { parseConstExpr, parseIntIn } from './parse-expr.js';
import { printType } from './print.js';

export type SpecContext = 'top' | 'member' | 'param';

/** An untagged `enum { ... }`: it only gets a tag (its typedef name) once the declarator is known. */
export interface AnonEnum {
  values: EnumDecl['values'];
  attrs: EnumDecl['attrs'];
  tok: Token;
}

export interface Specs {
  /** Undefined only when the type is an untagged enum (`anonEnum`). */
  base: Type | undefined;
  anonEnum?: AnonEnum;
  typedef: boolean;
  /** Attributes among the specifiers that no struct/enum specifier claimed. */
  attrs: RawAttr[];
  alignas?: number;
  start: Token;
}

/** Qualifiers, storage classes and kernel annotations that do not affect the argument ABI. */
const IGNORED = new Set([
  'const', 'volatile', 'restrict', '__restrict', '__restrict__', '__const', '__const__', '__volatile', '__volatile__',
  'extern', 'static', 'inline', '__inline', '__inline__', 'noinline', '__noinline', '__always_inline', '__bpf_kfunc',
  '_Noreturn', '__extension__', 'register', 'notrace', '__weak', '__init', '__cold', '__used', '__maybe_unused',
  '__always_unused', '__must_check', '__user', '__kernel', '__iomem', '__force', '__rcu', '__percpu', '__nocast',
]);

const TYPE_WORDS = new Map([
  ['void', 'void'], ['char', 'char'], ['short', 'short'], ['int', 'int'], ['long', 'long'],
  ['signed', 'signed'], ['__signed', 'signed'], ['__signed__', 'signed'], ['unsigned', 'unsigned'],
  ['float', 'float'], ['double', 'double'], ['_Bool', '_Bool'], ['_Complex', '_Complex'], ['__complex__', '_Complex'],
  ['__int128', '__int128'], ['_Float16', '_Float16'], ['__bf16', '__bf16'],
]);

/** Keyword multisets (without signedness) → [plain, signed, unsigned] meanings. */
const COMBOS: [string[], Scalar | undefined, Scalar | undefined, Scalar | undefined][] = [
  [['char'], 'char', 'schar', 'uchar'],
  [['short'], 'short', 'short', 'ushort'],
  [['short', 'int'], 'short', 'short', 'ushort'],
  [['int'], 'int', 'int', 'uint'],
  [[], undefined, 'int', 'uint'],
  [['long'], 'long', 'long', 'ulong'],
  [['long', 'int'], 'long', 'long', 'ulong'],
  [['long', 'long'], 'llong', 'llong', 'ullong'],
  [['long', 'long', 'int'], 'llong', 'llong', 'ullong'],
  [['__int128'], 'int128', 'int128', 'uint128'],
  [['_Bool'], 'bool', undefined, undefined],
  [['float'], 'float', undefined, undefined],
  [['double'], 'double', undefined, undefined],
  [['long', 'double'], 'ldouble', undefined, undefined],
  [['_Float16'], 'float16', undefined, undefined],
  [['__bf16'], 'bf16', undefined, undefined],
  [['_Complex', 'float'], 'cfloat', undefined, undefined],
  [['_Complex', 'double'], 'cdouble', undefined, undefined],
  [['_Complex', 'long', 'double'], 'cldouble', undefined, undefined],
  [['_Complex', '_Float16'], 'cfloat16', undefined, undefined],
];
const comboKey = (words: string[]): string => [...words].sort().join(' ');
const COMBO_BY_KEY = new Map(COMBOS.map(([w, ...rest]) => [comboKey(w), rest] as const));

export function parseSpecifiers(s: ParserState, ctx: SpecContext): Specs {
  const start = peek(s);
  const words: string[] = [];
  const attrs: RawAttr[] = [];
  let base: Type | undefined;
  let anonEnum: AnonEnum | undefined;
  let typedef = false;
  let alignas: number | undefined;
  let bitint: number | undefined;
  const haveType = (): boolean => words.length > 0 || base !== undefined || anonEnum !== undefined;
  const conflict = (t: Token): never => {
    // After a struct/enum body this is almost always a missing semicolon.
    if (s.toks[s.pos - 1]?.text === '}') throw expected(s, `';'`);
    throw errorAt(s, t, `two or more data types in declaration specifiers (at '${t.text}')`);
  };
  for (;;) {
    const t = peek(s);
    if (t.kind !== 'ident') break;
    if (atAttr(s)) {
      attrs.push(...parseAttrs(s));
    } else if (IGNORED.has(t.text)) {
      next(s);
    } else if (t.text === 'typedef') {
      if (ctx !== 'top') throw errorAt(s, t, `unexpected 'typedef' here`);
      next(s);
      typedef = true;
    } else if (t.text === '_Alignas' || t.text === 'alignas') {
      if (ctx !== 'member') throw errorAt(s, t, `unsupported: '${t.text}' outside a struct or union member`);
      alignas = Math.max(alignas ?? 0, parseAlignas(s));
    } else if (t.text === '__fp16') {
      throw errorAt(s, t, `unsupported type '__fp16' (use _Float16)`);
    } else if (t.text === '_BitInt') {
      if (base !== undefined || anonEnum !== undefined) conflict(t);
      bitint = parseBitIntWidth(s);
      words.push('_BitInt');
    } else if (TYPE_WORDS.has(t.text)) {
      if (base !== undefined || anonEnum !== undefined) conflict(t);
      words.push(TYPE_WORDS.get(next(s).text)!);
    } else if (t.text === 'struct' || t.text === 'union') {
      if (haveType()) conflict(t);
      base = parseRecordSpecifier(s, ctx);
    } else if (t.text === 'enum') {
      if (haveType()) conflict(t);
      const e = parseEnumSpecifier(s);
      if ('t' in e) base = e;
      else anonEnum = e;
    } else if (!haveType()) {
      base = parseTypedefName(s, ctx);
    } else {
      break;
    }
  }
  if (!haveType()) throw expected(s, 'a type specifier');
  if (words.length > 0) base = typeFromWords(s, start, words, bitint);
  return {
    base,
    ...(anonEnum === undefined ? {} : { anonEnum }),
    typedef,
    attrs,
    ...(alignas === undefined ? {} : { alignas }),
    start,
  };
}

function parseAlignas(s: ParserState): number {
  const kw = next(s);
  expect(s, '(');
  if (startsTypeName(s, peek(s))) throw errorAt(s, peek(s), `unsupported: '${kw.text}' with a type operand`);
  const start = peek(s);
  const n = parseIntIn(s, 'alignment', 1, 1 << 28);
  if ((n & (n - 1)) !== 0) throw errorAt(s, start, `requested alignment ${n} is not a power of 2`);
  expect(s, ')');
  return n;
}

function parseBitIntWidth(s: ParserState): number {
  next(s);
  expect(s, '(');
  const bits = parseIntIn(s, '_BitInt width', 1, 65535);
  expect(s, ')');
  return bits;
}

function typeFromWords(s: ParserState, start: Token, words: string[], bitint: number | undefined): Type {
  const signs = words.filter((w) => w === 'signed' || w === 'unsigned');
  const rest = words.filter((w) => w !== 'signed' && w !== 'unsigned');
  const spelled = words.join(' ');
  if (signs.length > 1) throw errorAt(s, start, `invalid combination of type specifiers '${spelled}'`);
  const sign = signs[0];
  if (rest.includes('_BitInt')) {
    if (rest.length !== 1) throw errorAt(s, start, `invalid combination of type specifiers '${spelled}'`);
    return { t: 'bitint', bits: bitint!, unsigned: sign === 'unsigned' };
  }
  if (rest.length === 1 && rest[0] === 'void' && sign === undefined) return { t: 'void' };
  const combo = COMBO_BY_KEY.get(comboKey(rest));
  const scalar = combo?.[sign === undefined ? 0 : sign === 'signed' ? 1 : 2];
  if (scalar === undefined) {
    const why = rest.length === 1 && rest[0] === '_Complex' ? `unsupported: '_Complex' without a floating type` : `invalid combination of type specifiers '${spelled}'`;
    throw errorAt(s, start, why);
  }
  return { t: 'scalar', s: scalar };
}

function parseTypedefName(s: ParserState, ctx: SpecContext): Type {
  const t = peek(s);
  if (s.typedefs.has(t.text)) {
    next(s);
    return { t: 'named', name: t.text };
  }
  const builtin = builtinTypedef(t.text);
  if (builtin !== undefined) {
    next(s);
    s.typedefs.set(t.text, { type: builtin, vector: false });
    s.pending.push({ kind: 'typedef', name: t.text, type: builtin, attrs: {} });
    return { t: 'named', name: t.text };
  }
  if (ctx === 'param' && (at(s, ',', 1) || at(s, ')', 1))) {
    throw errorAt(s, t, `unsupported: K&R-style parameter list (parameter '${t.text}' has no type)`);
  }
  throw errorAt(s, t, `unknown type name '${t.text}'`);
}

/** Can `t` begin a type name? Used where a declarator and a parameter list look alike. */
export function startsTypeName(s: ParserState, t: Token): boolean {
  if (t.kind !== 'ident') return false;
  return TYPE_WORDS.has(t.text) || IGNORED.has(t.text) || ['struct', 'union', 'enum', '_BitInt', '__fp16'].includes(t.text) ||
    s.typedefs.has(t.text) || builtinTypedef(t.text) !== undefined;
}

function useTag(s: ParserState, tok: Token, kind: 'struct' | 'union' | 'enum'): void {
  const known = s.tags.get(tok.text);
  if (known === undefined) s.tags.set(tok.text, { kind, defined: false });
  else if (known.kind !== kind) throw errorAt(s, tok, `'${tok.text}' defined as wrong kind of tag (${known.kind}, used as ${kind})`);
}

function defineTag(s: ParserState, tok: Token, kind: 'struct' | 'union' | 'enum'): void {
  if (s.tags.get(tok.text)?.defined) throw errorAt(s, tok, `redefinition of '${kind} ${tok.text}'`);
  useTag(s, tok, kind);
}

function parseRecordSpecifier(s: ParserState, ctx: SpecContext): Type {
  const kw = next(s);
  const kind = kw.text as 'struct' | 'union';
  const pre = parseAttrs(s);
  const tagTok = peek(s).kind === 'ident' ? next(s) : undefined;
  if (!at(s, '{')) {
    if (tagTok === undefined) throw expected(s, `'{' or a ${kind} tag`);
    if (pre.length > 0) throw errorAt(s, pre[0]!.tok, `unsupported: attributes on a ${kind} reference`);
    useTag(s, tagTok, kind);
    return { t: 'tagref', kind, tag: tagTok.text };
  }
  if (ctx === 'param') throw errorAt(s, kw, `unsupported: ${kind} definition in a parameter list`);
  if (tagTok !== undefined) defineTag(s, tagTok, kind);
  const members = parseMembers(s);
  const attrs = toAttrs(s, [...pre, ...parseAttrs(s)], 'record');
  const def: RecordDef = { kind, ...(tagTok === undefined ? {} : { tag: tagTok.text }), members, attrs };
  if (tagTok === undefined) return { t: 'record', def };
  s.tags.set(tagTok.text, { kind, defined: true });
  s.pending.push({ kind: 'record', def, ...(s.pack === undefined ? {} : { pack: s.pack }) });
  return { t: 'tagref', kind, tag: tagTok.text };
}

function parseMembers(s: ParserState): Member[] {
  expect(s, '{');
  const out: Member[] = [];
  while (!at(s, '}')) {
    const t = peek(s);
    if (t.kind === 'eof') throw expected(s, `'}'`);
    if (t.kind === 'pragma') throw errorAt(s, t, 'unsupported: #pragma pack inside a struct or union');
    if (!accept(s, ';')) out.push(...parseMemberDecl(s));
  }
  next(s);
  return out;
}

function parseMemberDecl(s: ParserState): Member[] {
  const specs = parseSpecifiers(s, 'member');
  if (specs.anonEnum !== undefined) throw errorAt(s, specs.anonEnum.tok, 'unsupported: untagged enum as a member type (give it a tag)');
  const base = specs.base!;
  if (accept(s, ';')) {
    if (base.t !== 'record') throw errorAt(s, specs.start, 'declaration does not declare anything');
    return [member(undefined, base, undefined, toAttrs(s, specs.attrs, 'member'), specs.alignas)];
  }
  const out: Member[] = [];
  do {
    if (out.length > 0 && base.t === 'record') throw errorAt(s, peek(s), 'unsupported: several members sharing one untagged struct definition');
    out.push(parseMemberDeclarator(s, specs, base));
  } while (accept(s, ','));
  expect(s, ';');
  return out;
}

function parseMemberDeclarator(s: ParserState, specs: Specs, base: Type): Member {
  const d = at(s, ':') ? undefined : parseDeclarator(s, 'named');
  const type = d === undefined ? base : applyOps(s, d, base, 'member');
  const raws = [...specs.attrs, ...parseAttrs(s)];
  let bits: number | undefined;
  if (at(s, ':')) {
    const colon = next(s);
    bits = parseIntIn(s, 'bit-field width', 0, 65535);
    if (!isBitFieldType(s, type)) throw errorAt(s, colon, `unsupported: bit-field of non-integer type '${printType(type)}'`);
    if (bits === 0 && d !== undefined) throw errorAt(s, d.start, `named bit-field '${d.name}' has zero width`);
    if (specs.alignas !== undefined) throw errorAt(s, specs.start, `'_Alignas' on a bit-field`);
  }
  raws.push(...parseAttrs(s));
  checkComplete(s, type, d?.start ?? specs.start);
  return member(d?.name, type, bits, toAttrs(s, raws, 'member'), specs.alignas);
}

function member(name: string | undefined, type: Type, bits: number | undefined, attrs: Member['attrs'], alignas: number | undefined): Member {
  return {
    ...(name === undefined ? {} : { name }),
    type,
    ...(bits === undefined ? {} : { bits }),
    attrs,
    ...(alignas === undefined ? {} : { alignas }),
  };
}

function isBitFieldType(s: ParserState, t: Type): boolean {
  switch (t.t) {
    case 'scalar': return !/^(c?float|c?double|c?ldouble|c?float16|bf16)$/.test(t.s);
    case 'bitint': return true;
    case 'tagref': return t.kind === 'enum';
    case 'named': {
      const td = s.typedefs.get(t.name);
      return td !== undefined && !td.vector && isBitFieldType(s, td.type);
    }
    default: return false;
  }
}

function parseEnumSpecifier(s: ParserState): Type | AnonEnum {
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
