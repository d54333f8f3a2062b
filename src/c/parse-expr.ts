// Integer constant expressions (enumerator values, array lengths, bit widths, alignments),
// evaluated exactly with BigInt: the subset never needs C's wrap-around semantics, and a
// value that does not fit where it is used is reported instead.
import { errorAt, expected, next, peek, type ParserState } from './cursor.js';
import type { Token } from './lex.js';
import { nested } from './nesting.js';

const BINARY: Record<string, number> = { '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };
const MAX_SHIFT = 1024n;
/**
 * Far beyond any value C can hold, yet small enough that every step stays instant: unbounded,
 * `A = 1 << 1000, B = A * A, C = B * B, ...` doubles the work with each enumerator.
 */
const MAX_BITS = 4096;
const LIMIT = 1n << BigInt(MAX_BITS);
const tooLarge = `integer constant too large: abifuzz evaluates constant expressions up to ${MAX_BITS} bits`;

export function parseConstExpr(s: ParserState): bigint {
  return parseBinary(s, 1);
}

/** A constant expression that must lie in [min, max], as a JS number. */
export function parseIntIn(s: ParserState, what: string, min: number, max: number): number {
  const start = peek(s);
  const v = parseConstExpr(s);
  if (v < BigInt(min) || v > BigInt(max)) throw errorAt(s, start, `${what} ${v} is out of range (${min}..${max})`);
  return Number(v);
}

function parseBinary(s: ParserState, minPrec: number): bigint {
  let lhs = parseUnary(s);
  for (;;) {
    const op = peek(s);
    const prec = op.kind === 'punct' ? BINARY[op.text] : undefined;
    if (prec === undefined || prec < minPrec) return lhs;
    next(s);
    lhs = bounded(s, op, apply(s, op, lhs, parseBinary(s, prec + 1)));
  }
}

function bounded(s: ParserState, at: Token, v: bigint): bigint {
  if (v >= LIMIT || v <= -LIMIT) throw errorAt(s, at, tooLarge);
  return v;
}

function apply(s: ParserState, op: Token, a: bigint, b: bigint): bigint {
  switch (op.text) {
    case '|': return a | b;
    case '^': return a ^ b;
    case '&': return a & b;
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '<<':
    case '>>':
      if (b < 0n || b > MAX_SHIFT) throw errorAt(s, op, `shift count ${b} is out of range`);
      return op.text === '<<' ? a << b : a >> b;
    default:
      if (b === 0n) throw errorAt(s, op, 'division by zero in a constant expression');
      return op.text === '/' ? a / b : a % b;
  }
}

// A run of unary operators is read in a loop, not by recursion: it is flat, however long.
function parseUnary(s: ParserState): bigint {
  const ops: string[] = [];
  while (isUnaryOp(peek(s))) ops.push(next(s).text);
  let v = parsePrimary(s);
  for (let i = ops.length - 1; i >= 0; i--) v = ops[i] === '-' ? -v : ops[i] === '~' ? ~v : v;
  return v;
}

const isUnaryOp = (t: Token): boolean => t.kind === 'punct' && (t.text === '-' || t.text === '+' || t.text === '~');

function parsePrimary(s: ParserState): bigint {
  const t = peek(s);
  if (t.kind === 'punct' && t.text === '(') {
    next(s);
    const v = nested(s, t, 'expression', () => parseConstExpr(s));
    if (peek(s).text !== ')' || peek(s).kind !== 'punct') throw expected(s, `')'`);
    next(s);
    return v;
  }
  if (t.kind === 'number') return parseLiteral(s, next(s));
  if (t.kind === 'ident') return parseConstant(s, next(s));
  throw expected(s, 'an integer constant expression');
}

function parseConstant(s: ParserState, t: Token): bigint {
  if (t.text === 'sizeof' || t.text === '_Alignof' || t.text === '__alignof__') {
    throw errorAt(s, t, `unsupported: '${t.text}' in a constant expression`);
  }
  const v = s.consts.get(t.text);
  if (v === undefined) throw errorAt(s, t, `'${t.text}' is not an integer constant`);
  return v;
}

const LITERAL = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)(?:[uU](?:ll|LL|l|L)?|(?:ll|LL|l|L)[uU]?)?$/;

export function parseLiteral(s: ParserState, t: Token): bigint {
  const m = LITERAL.exec(t.text);
  if (!m) throw errorAt(s, t, `expected an integer constant, found number '${t.text}'`);
  const digits = m[1]!;
  if (digits.length > MAX_BITS) throw errorAt(s, t, tooLarge); // before BigInt reads it, slowly
  const octal = digits.length > 1 && digits[0] === '0' && /^[0-7]+$/.test(digits);
  return bounded(s, t, BigInt(octal ? `0o${digits.slice(1)}` : digits));
}
