// Declaration specifiers: the type keywords, typedef names, struct/union/enum specifiers,
// qualifiers and storage classes in front of a declarator.
import { appendAll } from './append.js';
import { builtinTypedef } from './builtins.js';
import { at, errorAt, expect, expected, next, peek, type ParserState } from './cursor.js';
import type { Scalar, Type } from './ir.js';
import type { Token } from './lex.js';
import { atAttr, parseAttrs, type RawAttr } from './parse-attrs.js';
import { parseEnumSpecifier, type AnonEnum } from './parse-enum.js';
import { parseIntIn } from './parse-expr.js';
import { parseRecordSpecifier } from './parse-record.js';

export type SpecContext = 'top' | 'member' | 'param';

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

/** The specifiers read so far; C lets them come in any order. */
interface Acc {
  words: string[];
  bitint?: number;
  base?: Type;
  anonEnum?: AnonEnum;
  typedef: boolean;
  attrs: RawAttr[];
  alignas?: number;
}

export function parseSpecifiers(s: ParserState, ctx: SpecContext): Specs {
  const start = peek(s);
  const acc: Acc = { words: [], typedef: false, attrs: [] };
  while (peek(s).kind === 'ident' && (nonTypeSpecifier(s, ctx, acc) || typeSpecifier(s, ctx, acc))) {
    // each step consumed one specifier
  }
  if (!haveType(acc)) throw expected(s, 'a type specifier');
  return {
    base: acc.words.length > 0 ? typeFromWords(s, start, acc.words, acc.bitint) : acc.base,
    ...(acc.anonEnum === undefined ? {} : { anonEnum: acc.anonEnum }),
    typedef: acc.typedef,
    attrs: acc.attrs,
    ...(acc.alignas === undefined ? {} : { alignas: acc.alignas }),
    start,
  };
}

const haveType = (acc: Acc): boolean => acc.words.length > 0 || acc.base !== undefined || acc.anonEnum !== undefined;

/** Attributes, qualifiers, storage classes, `typedef` and `_Alignas`; false if none is next. */
function nonTypeSpecifier(s: ParserState, ctx: SpecContext, acc: Acc): boolean {
  const t = peek(s);
  if (atAttr(s)) {
    appendAll(acc.attrs, parseAttrs(s));
  } else if (IGNORED.has(t.text)) {
    next(s);
  } else if (t.text === 'typedef') {
    if (ctx !== 'top') throw errorAt(s, t, `unexpected 'typedef' here`);
    next(s);
    acc.typedef = true;
  } else if (t.text === '_Alignas' || t.text === 'alignas') {
    if (ctx !== 'member') throw errorAt(s, t, `unsupported: '${t.text}' outside a struct or union member`);
    acc.alignas = Math.max(acc.alignas ?? 0, parseAlignas(s));
  } else {
    return false;
  }
  return true;
}

/** Type keywords, struct/union/enum specifiers and typedef names; false at the declarator. */
function typeSpecifier(s: ParserState, ctx: SpecContext, acc: Acc): boolean {
  const t = peek(s);
  const word = TYPE_WORDS.get(t.text);
  if (t.text === '__fp16') throw errorAt(s, t, `unsupported type '__fp16' (use _Float16)`);
  if (word !== undefined || t.text === '_BitInt') {
    if (acc.base !== undefined || acc.anonEnum !== undefined) conflict(s, t);
    if (word === undefined) acc.bitint = parseBitIntWidth(s);
    else next(s);
    acc.words.push(word ?? '_BitInt');
  } else if (t.text === 'struct' || t.text === 'union' || t.text === 'enum') {
    if (haveType(acc)) conflict(s, t);
    const spec = t.text === 'enum' ? parseEnumSpecifier(s) : parseRecordSpecifier(s, ctx);
    if ('t' in spec) acc.base = spec;
    else acc.anonEnum = spec;
  } else if (!haveType(acc)) {
    acc.base = parseTypedefName(s, ctx);
  } else {
    return false; // an identifier after the type: the declarator's name
  }
  return true;
}

function conflict(s: ParserState, t: Token): never {
  // After a struct/enum body this is almost always a missing semicolon.
  if (s.toks[s.pos - 1]?.text === '}') throw expected(s, `';'`);
  throw errorAt(s, t, `two or more data types in declaration specifiers (at '${t.text}')`);
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
  const invalid = (): never => {
    throw errorAt(s, start, `invalid combination of type specifiers '${words.join(' ')}'`);
  };
  if (signs.length > 1) invalid();
  const sign = signs[0];
  if (rest.includes('_BitInt')) {
    if (rest.length !== 1) invalid();
    return { t: 'bitint', bits: bitint!, unsigned: sign === 'unsigned' };
  }
  if (rest.length === 1 && rest[0] === 'void' && sign === undefined) return { t: 'void' };
  const scalar = COMBO_BY_KEY.get(comboKey(rest))?.[sign === undefined ? 0 : sign === 'signed' ? 1 : 2];
  if (scalar !== undefined) return { t: 'scalar', s: scalar };
  if (rest.length === 1 && rest[0] === '_Complex') throw errorAt(s, start, `unsupported: '_Complex' without a floating type`);
  return invalid();
}

/** A declared typedef name, or a well-known one, which is declared on the spot. */
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
