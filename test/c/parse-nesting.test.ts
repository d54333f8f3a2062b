// Nesting beyond MAX_NESTING is a located CParseError, never a stack overflow, and real
// nesting (well under the bound) still parses.
import { describe, expect, it } from 'vitest';
import { CParseError, parseHeader } from '../../src/c/parse.js';
import { MAX_NESTING } from '../../src/c/nesting.js';

const DEEP = 2_000;
const HUGE = 100_000;

function errorOf(text: string): CParseError {
  try {
    parseHeader(text, 'deep.h');
  } catch (e) {
    if (e instanceof CParseError) return e;
    throw e;
  }
  throw new Error('no error');
}

const tooDeep = (what: string): string => `nesting deeper than ${MAX_NESTING} levels (${what})`;
const DECLARATOR = 'pointers, arrays, parentheses and parameter lists of a declarator';
const TYPE = 'pointers, arrays and untagged structs inside each other in one type';
const RECORD = 'structs and unions defined inside each other';
const EXPRESSION = 'parentheses in a constant expression';

describe('parseHeader on deep nesting', () => {
  /** The column of the `n`th `marker` on the (single) line: where nesting one level too deep starts. */
  const colOf = (text: string, marker: string, n: number): number => {
    let i = -1;
    for (let k = 0; k < n; k++) i = text.indexOf(marker, i + 1);
    return i + 1;
  };
  const tooDeepAt = MAX_NESTING + 1;

  it.each([
    // [what, text, the token that opens one level too many, its rank, the error's wording];
    // a parameter list and a struct body are levels too
    ['tagged structs', Array.from({ length: DEEP }, (_, i) => `struct a${i} {`).join(' ') + ' int x; ' + '} m; '.repeat(DEEP - 1) + '};', '{', tooDeepAt, RECORD],
    ['untagged structs', `struct s {${' struct {'.repeat(DEEP)} int x; ${'} m; '.repeat(DEEP)}};`, '{', tooDeepAt, RECORD],
    ['parenthesised declarators', `int ${'('.repeat(DEEP)}*p${')'.repeat(DEEP)};`, '(', tooDeepAt, DECLARATOR],
    ['100,000 parentheses around a parameter', `void f(int ${'('.repeat(HUGE)}*p${')'.repeat(HUGE)});`, '(', tooDeepAt, DECLARATOR],
    ['100,000 array dimensions', `int a${'[1]'.repeat(HUGE)};`, '[', tooDeepAt, DECLARATOR],
    ['100,000 pointers', `void f(int ${'*'.repeat(HUGE)}p);`, '*', tooDeepAt - 1, DECLARATOR],
    ['nested parameter lists', `void f(${'int g('.repeat(DEEP)}int x${')'.repeat(DEEP)});`, '(', tooDeepAt, DECLARATOR],
    ['parentheses in an expression', `enum e { X = ${'('.repeat(DEEP)}1${')'.repeat(DEEP)} };`, '(', tooDeepAt, EXPRESSION],
    ['100,000 parentheses in an array length', `struct s { char c[${'('.repeat(HUGE)}1${')'.repeat(HUGE)}]; };`, '(', tooDeepAt - 2, EXPRESSION],
  ])('%s', (_what, text, marker, rank, what) => {
    const e = errorOf(text);
    expect([e.line, e.col, e.reason]).toStrictEqual([1, colOf(text, marker, rank), tooDeep(what)]);
  });

  it('bounds the depth of a type, counting the pointers after each untagged struct', () => {
    // Each level is shallow to read, but the type nests 10 x (30 pointers + a struct) deep.
    const text = `struct s {\n${' struct {'.repeat(10)} int x; ${`} ${'*'.repeat(30)}m; `.repeat(10)}};`;
    const e = errorOf(text);
    expect([e.line, e.reason]).toStrictEqual([2, tooDeep(TYPE)]);
  });

  it('reads nesting below the bound, and a long run of unary operators, which is flat', () => {
    const depth = MAX_NESTING / 2;
    const h = parseHeader(
      [
        `struct s {${' struct {'.repeat(depth)} int x; ${'} m; '.repeat(depth)}};`,
        `void f(int ${'('.repeat(depth)}*p${')'.repeat(depth)}, char a${'[2]'.repeat(depth)});`,
        `enum e { X = ${'('.repeat(depth)}${'- '.repeat(HUGE)}1${')'.repeat(depth)} };`,
      ].join('\n'),
      'deep.h',
    );
    expect(h.decls.map((d) => d.kind)).toStrictEqual(['record', 'function', 'enum']);
    expect(h.decls[2]).toMatchObject({ values: [{ name: 'X', value: '1' }] });
  });
});
