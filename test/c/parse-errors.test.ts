import { describe, expect, it } from 'vitest';
import { CParseError, parseHeader } from '../../src/c/parse.js';

function errorOf(text: string): CParseError {
  try {
    parseHeader(text, 'bad.h');
  } catch (e) {
    if (e instanceof CParseError) return e;
    throw e;
  }
  throw new Error(`no error for: ${text}`);
}

describe('CParseError', () => {
  it('carries file, 1-based line and column, and a one-line message', () => {
    const e = errorOf('struct s {\n  int a;\n  int b\n};');
    expect(e).toBeInstanceOf(CParseError);
    expect([e.file, e.line, e.col]).toStrictEqual(['bad.h', 4, 1]);
    expect(e.message).toBe(`bad.h:4:1: expected ';', found '}'`);
    expect(e.message).not.toContain('\n');
  });

  it.each([
    // malformed syntax: the position is the offending token's
    ['int f(int x;', `bad.h:1:12: expected ')', found ';'`],
    ['struct s { int a; }\nint f(void);', `bad.h:2:1: expected ';', found 'int'`],
    ['struct s { int a[3 + ; };', `bad.h:1:22: expected an integer constant expression, found ';'`],
    ['void f(int);\n\tstruct { int x; } 3;', `bad.h:2:20: expected an identifier, found number '3'`],
    ['enum e { };', `bad.h:1:10: expected an enumerator name, found '}'`],
    ['struct s { int a; ', `bad.h:1:19: expected '}', found end of input`],
    ['void f(void) { if (x) { } ', `bad.h:1:14: expected '}' to match this '{', found end of input`],
    ['int x __attribute__((aligned(3)));', `bad.h:1:30: requested alignment 3 is not a power of 2`],
    ['struct s { char c[1.5]; };', `bad.h:1:19: expected an integer constant, found number '1.5'`],
    ['/* unterminated\nint x;', `bad.h:1:1: unterminated comment`],
    ['enum e { A = 1 << 1024, B = A * A, C = B * B };', `bad.h:1:42: integer constant too large: abifuzz evaluates constant expressions up to 4096 bits`],
    ['#pragma pack(push, 3)', `bad.h:1:1: expected a #pragma pack size (1, 2, 4, 8 or 16), found '3'`],
    // names
    ['void f(foo_t x);', `bad.h:1:8: unknown type name 'foo_t'`],
    ['struct s { int a; };\nvoid f(union s x);', `bad.h:2:14: 's' defined as wrong kind of tag (struct, used as union)`],
    ['void f(struct s x);', `bad.h:1:17: incomplete type 'struct s' used by value`],
    ['struct s { int a; };\nstruct s { int b; };', `bad.h:2:8: redefinition of 'struct s'`],
    ['int f(int);\nlong f(int);', `bad.h:2:6: conflicting types for 'f'`],
    ['int f(int), f(long);', `bad.h:1:13: conflicting types for 'f'`],
    ['unsigned short long x;', `bad.h:1:1: invalid combination of type specifiers 'unsigned short long'`],
    // unsupported C
    ['void f(int (*cb)(int));', `bad.h:1:17: unsupported: function pointer types`],
    ['typedef int (*fp)(long);', `bad.h:1:18: unsupported: function pointer types`],
    ['int printf(const char *fmt, ...);', `bad.h:1:29: unsupported: variadic functions`],
    ['int f(a, b) int a; int b; { return a; }', `bad.h:1:7: unsupported: K&R-style parameter list (parameter 'a' has no type)`],
    ['struct s { float x : 3; };', `bad.h:1:20: unsupported: bit-field of non-integer type 'float'`],
    ['void f(__fp16 h);', `bad.h:1:8: unsupported type '__fp16' (use _Float16)`],
    ['struct s { int a; } __attribute__((mode(DI)));', `bad.h:1:36: unsupported attribute 'mode'`],
    ['struct s { int v __attribute__((vector_size(16))); };', `bad.h:1:33: unsupported: 'vector_size' outside a typedef`],
    ['_Complex c;', `bad.h:1:1: unsupported: '_Complex' without a floating type`],
    ['struct s { int a : 0; };', `bad.h:1:16: named bit-field 'a' has zero width`],
    ['#pragma pack(1)\ntypedef struct { char c; int i; } t;', `bad.h:2:35: unsupported: '#pragma pack' around the untagged struct of typedef 't' (give the struct a tag)`],
  ])('%j', (text, message) => {
    expect(errorOf(text).message).toBe(message);
  });

  it('keeps the message on one line and short, whatever header text it quotes', () => {
    expect(errorOf('#pragma pack(p\rush, 2)').message).toBe(`bad.h:1:1: unsupported #pragma pack form '#pragma pack(p\\rush, 2)'`);
    expect(errorOf(`int f(void) "${'x'.repeat(100)}";`).message).toBe(`bad.h:1:13: expected ';', found literal "${'x'.repeat(59)}…`);
  });

  it('rejects a literal too long to evaluate before evaluating it', () => {
    const text = `struct s { char c[0x${'f'.repeat(1_000_000)}]; };`;
    expect(errorOf(text).message).toBe('bad.h:1:19: integer constant too large: abifuzz evaluates constant expressions up to 4096 bits');
  });
});
