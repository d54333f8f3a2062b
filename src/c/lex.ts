// Tokenizer for the header subset. It must also get through the bodies of function
// definitions (skipped by brace matching), so anything it does not know becomes a
// one-character punctuator instead of an error. Preprocessor lines go to directives.ts:
// `#pragma pack`, which changes record layout, survives as a token; the few harmless
// directives vanish; any other is an error.
import { endDirectives, noteToken, readDirectiveLine, startDirectives, type Fail, type PackOp } from './directives.js';
import { CParseError } from './error.js';

export type { PackOp };

export type TokenKind = 'ident' | 'number' | 'punct' | 'string' | 'pragma' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  col: number;
  pack?: PackOp;
}

const PUNCTS = ['...', '<<=', '>>=', '<<', '>>', '->', '++', '--', '&&', '||', '==', '!=', '<=', '>=', '##'];

interface Pos {
  i: number;
  line: number;
  col: number;
}

export function lex(text: string, file: string): Token[] {
  const toks: Token[] = [];
  const p: Pos = { i: 0, line: 1, col: 1 };
  let lineStart = true;
  const fail: Fail = (at, msg) => {
    throw new CParseError(file, at.line, at.col, msg);
  };
  const directives = startDirectives();
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
      const pack = readDirectiveLine(directives, readDirective(text, p, fail), at, fail);
      if (pack) toks.push({ kind: 'pragma', text: '#pragma pack', line: at.line, col: at.col, pack });
    } else {
      const tok = readToken(text, p, fail);
      noteToken(directives, tok, fail);
      toks.push(tok);
      lineStart = false;
    }
  }
  endDirectives(directives, fail);
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

function skipBlockComment(text: string, p: Pos, fail: Fail): void {
  const end = text.indexOf('*/', p.i + 2);
  if (end < 0) fail(p, 'unterminated comment');
  advance(text, p, end + 2 - p.i);
}

/** The directive's text with continuations joined and comments dropped; stops before the newline. */
function readDirective(text: string, p: Pos, fail: Fail): string {
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

const IDENT = /[A-Za-z_$][A-Za-z0-9_$]*/y;
/** A preprocessing number: it also swallows floats and malformed literals, which the parser rejects. */
const NUMBER = /\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*/y;

function matchAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

function readToken(text: string, p: Pos, fail: Fail): Token {
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
