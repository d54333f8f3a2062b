// Tokenizer for the header subset. It must also get through the bodies of function
// definitions (skipped by brace matching), so anything it does not know becomes a
// one-character punctuator instead of an error. Preprocessor lines vanish, except
// `#pragma pack`, which changes record layout and so survives as a token.
import { CParseError } from './error.js';

export type TokenKind = 'ident' | 'number' | 'punct' | 'string' | 'pragma' | 'eof';

/** `#pragma pack(...)`: push (optionally setting N), pop, or set N (undefined = default). */
export type PackOp = { op: 'push'; n?: number } | { op: 'pop' } | { op: 'set'; n?: number };

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  col: number;
  pack?: PackOp;
}

const PUNCTS = ['...', '<<=', '>>=', '<<', '>>', '->', '++', '--', '&&', '||', '==', '!=', '<=', '>=', '##'];
const PACK_SIZES = new Set([1, 2, 4, 8, 16]);

interface Pos {
  i: number;
  line: number;
  col: number;
}

export function lex(text: string, file: string): Token[] {
  const toks: Token[] = [];
  const p: Pos = { i: 0, line: 1, col: 1 };
  let lineStart = true;
  const fail = (at: Pos, msg: string): never => {
    throw new CParseError(file, at.line, at.col, msg);
  };
  while (p.i < text.length) {
    const c = text[p.i]!;
    if (c === '\n') {
      advance(text, p, 1);
      lineStart = true;
    } else if (/\s/.test(c)) {
      advance(text, p, 1);
    } else if (text.startsWith('//', p.i)) {
      skipLineComment(text, p);
    } else if (text.startsWith('/*', p.i)) {
      skipBlockComment(text, p, fail);
    } else if (c === '#' && lineStart) {
      const at = { ...p };
      const directive = readDirective(text, p, fail);
      const pack = pragmaPack(directive, (msg) => fail(at, msg));
      if (pack) toks.push({ kind: 'pragma', text: '#pragma pack', line: at.line, col: at.col, pack });
    } else {
      toks.push(readToken(text, p, fail));
      lineStart = false;
    }
  }
  toks.push({ kind: 'eof', text: '', line: p.line, col: p.col });
  return toks;
}

function advance(text: string, p: Pos, n: number): void {
  for (let k = 0; k < n; k++) {
    if (text[p.i] === '\n') {
      p.line++;
      p.col = 1;
    } else {
      p.col++;
    }
    p.i++;
  }
}

function skipLineComment(text: string, p: Pos): void {
  while (p.i < text.length && text[p.i] !== '\n') advance(text, p, 1);
}

function skipBlockComment(text: string, p: Pos, fail: (at: Pos, msg: string) => never): void {
  const end = text.indexOf('*/', p.i + 2);
  if (end < 0) fail(p, 'unterminated comment');
  advance(text, p, end + 2 - p.i);
}

/** The directive's text with continuations joined and comments dropped; stops before the newline. */
function readDirective(text: string, p: Pos, fail: (at: Pos, msg: string) => never): string {
  let out = '';
  while (p.i < text.length && text[p.i] !== '\n') {
    if (text.startsWith('\\\n', p.i)) {
      advance(text, p, 2);
    } else if (text.startsWith('//', p.i)) {
      skipLineComment(text, p);
    } else if (text.startsWith('/*', p.i)) {
      skipBlockComment(text, p, fail);
      out += ' ';
    } else {
      out += text[p.i];
      advance(text, p, 1);
    }
  }
  return out.trim();
}

function pragmaPack(directive: string, fail: (msg: string) => never): PackOp | undefined {
  if (!/^#\s*pragma\s+pack\b/.test(directive)) return undefined;
  const m = /^#\s*pragma\s+pack\s*\(([^)]*)\)$/.exec(directive);
  if (!m) return fail(`expected '#pragma pack(...)', found '${directive}'`);
  const args = m[1]!.split(',').map((s) => s.trim());
  const size = (s: string): number => {
    const n = /^\d+$/.test(s) ? Number(s) : NaN;
    return PACK_SIZES.has(n) ? n : fail(`expected a #pragma pack size (1, 2, 4, 8 or 16), found '${s}'`);
  };
  if (args.length === 1 && args[0] === '') return { op: 'set' };
  if (args.length === 1 && args[0] === 'push') return { op: 'push' };
  if (args.length === 1 && args[0] === 'pop') return { op: 'pop' };
  if (args.length === 2 && args[0] === 'push') return { op: 'push', n: size(args[1]!) };
  if (args.length === 1) return { op: 'set', n: size(args[0]!) };
  return fail(`unsupported #pragma pack form '${directive}'`);
}

const IDENT = /[A-Za-z_$][A-Za-z0-9_$]*/y;
/** A preprocessing number: it also swallows floats and malformed literals, which the parser rejects. */
const NUMBER = /\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*/y;

function matchAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

function readToken(text: string, p: Pos, fail: (at: Pos, msg: string) => never): Token {
  const start = { ...p };
  let kind: TokenKind = 'ident';
  let len = matchAt(IDENT, text, p.i);
  if (len === 0 && (len = matchAt(NUMBER, text, p.i)) > 0) {
    kind = 'number';
  } else if (len === 0 && (text[p.i] === '"' || text[p.i] === "'")) {
    kind = 'string';
    len = quotedLength(text, p.i);
    if (len < 0) fail(p, `unterminated ${text[p.i] === '"' ? 'string' : 'character'} literal`);
  } else if (len === 0) {
    kind = 'punct';
    len = PUNCTS.find((q) => text.startsWith(q, p.i))?.length ?? 1;
  }
  const tokText = text.slice(p.i, p.i + len);
  advance(text, p, len);
  return { kind, text: tokText, line: start.line, col: start.col };
}

/** Length of the quoted literal starting at i, or -1 when the line ends first. */
function quotedLength(text: string, i: number): number {
  const q = text[i];
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === q) return j + 1 - i;
    else if (text[j] === '\n') return -1;
  }
  return -1;
}
