// Headers far bigger than any test prototype: pasted kernel headers hold 100,000s of
// declarations, so the parser must neither slow down with each one nor recurse per item.
import { describe, expect, it } from 'vitest';
import { functionsOf } from '../../src/c/ir.js';
import { CParseError, parseHeader } from '../../src/c/parse.js';

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

// How fast is the benchmark's question (`npm run bench:parse`), not these tests'.

describe('parseHeader on large headers', () => {
  it('reads 30,000 prototypes twice, dropping the repeats, and catches a late conflict', () => {
    const text = lines(30_000, (i) => `int f${i}(long a, struct s${i % 7} *p);`);
    expect(functionsOf(parseHeader(`${text}\n${text}`, 'big.h'))).toHaveLength(30_000);
    expect(() => parseHeader(`${text}\nlong f0(long a, struct s0 *p);`, 'big.h')).toThrow(new CParseError('big.h', 30_001, 6, `conflicting types for 'f0'`));
  });

  // Long enough to overflow the stack if each item took a stack frame or a call argument.
  const LONG = 150_000;
  const names = (prefix: string, n = LONG): string => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(', ');
  const attrs = (attr: string): string => `__attribute__((${attr})) `.repeat(LONG);
  const chain = (first: string, link: (from: string, to: string) => string): string => lines(LONG, (i) => (i === 0 ? first : link(`t${i - 1}`, `t${i}`)));

  it.each([
    ['parameters', `void f(${names('int a')});`, 1],
    ['enumerators', `enum e { ${names('E')} };`, 1],
    ['members in one declaration', `struct s { int ${names('m')}; };`, 1],
    ['typedef names in one declaration', `typedef int ${names('t')};`, LONG],
    ['prototypes in one declaration', `int ${names('f').replaceAll(',', '(void),')}(void);`, LONG],
    ['attributes in the specifiers', `${attrs('unused')}int x;`, 0],
    ['attributes after a declarator', `int f(void) ${attrs('cold')};`, 1],
    ['attributes in one list', `struct s { int a; } __attribute__((${names('packed').replace(/\d+/g, '')}));`, 1],
  ])('reads %s, however many', (_what, text, decls) => {
    expect(parseHeader(text, 'long.h').decls).toHaveLength(decls);
  });

  // A chain of names is nesting for whatever resolves it (layout, closures): bounded, like braces.
  const chainOf = (n: number, first: string, link: (from: string, to: string) => string): string => lines(n, (i) => (i === 0 ? first : link(`t${i - 1}`, `t${i}`)));
  it.each([
    ['typedefs of typedefs, an array of one used by value', (n: number) => `${chainOf(n, 'typedef int t0[1];', (from, to) => `typedef ${from} ${to}[1];`)}\nstruct s { t${n - 1} x; };`],
    ['typedefs of typedefs, one a bit-field', (n: number) => `${chainOf(n, 'typedef int t0;', (from, to) => `typedef ${from} ${to};`)}\nstruct s { t${n - 1} x : 3; };`],
    ['structs holding the one before by value', (n: number) => `${chainOf(n, 'struct t0 { int a; };', (from, to) => `struct ${to} { struct ${from} a; };`)}\nvoid f(struct t${n - 1} x);`],
  ])('reads %s up to the nesting bound, and names the line beyond it', (_what, text) => {
    expect(() => parseHeader(text(120), 'chain.h')).not.toThrow();
    expect(() => parseHeader(text(LONG), 'chain.h')).toThrow(/^chain\.h:\d+:\d+: nesting deeper than 256 levels \(structs, unions, arrays and typedefs held by value/);
  });
});
