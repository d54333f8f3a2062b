// Preprocessor lines: only those whose whole effect the parser reproduces pass; any
// other is an error naming its line, never silently dropped.
import { describe, expect, it } from 'vitest';
import { CParseError, parseHeader } from '../../src/c/parse.js';
import { KNOWN_INCLUDES } from '../../src/c/directives.js';

function errorOf(text: string): CParseError {
  try {
    parseHeader(text, 'dir.h');
  } catch (e) {
    if (e instanceof CParseError) return e;
    throw e;
  }
  throw new Error(`no error for: ${text}`);
}

const PROTO = 'int f(u64 a);';
const parsesLikeProto = (text: string): void => {
  expect(parseHeader(text, 'dir.h')).toStrictEqual(parseHeader(PROTO, 'dir.h'));
};
const preprocess = (shown: string): string => `unsupported directive '${shown}': abifuzz does not run the preprocessor; pass the header through 'cc -E -P' first`;
const guardOnly = (shown: string): string =>
  `unsupported directive '${shown}': abifuzz does not run the preprocessor, and accepts only an include guard around the whole file; pass the header through 'cc -E -P' first`;

describe('#pragma', () => {
  it('accepts #pragma once anywhere and ignores it', () => {
    parsesLikeProto(`#pragma once\n${PROTO}\n  #  pragma   once  // again\n`);
  });

  it.each([
    ['#pragma GCC diagnostic push', `unsupported #pragma 'GCC diagnostic push': only '#pragma pack' changes layout (remove it)`],
    ['#pragma scalar_storage_order big-endian', `unsupported #pragma 'scalar_storage_order big-endian': only '#pragma pack' changes layout (remove it)`],
    ['#pragma packed(1)', `unsupported #pragma 'packed(1)': only '#pragma pack' changes layout (remove it)`],
  ])('rejects %j', (line, reason) => {
    const e = errorOf(`${PROTO}\n${line}\nstruct s { char c; int i; };`);
    expect([e.line, e.col, e.reason]).toStrictEqual([2, 1, reason]);
  });
});

describe('#include', () => {
  it.each([...KNOWN_INCLUDES.keys()])('accepts %s, whose types are built in, in either spelling', (header) => {
    parsesLikeProto(`#include <${header}>\n# include "${header}"\n${PROTO}`);
  });

  it.each(['<linux/btf.h>', '"my_types.h"', '<stdio.h>'])('rejects %s, saying what to do', (header) => {
    const e = errorOf(`/* a\n   comment */ #include ${header}\n${PROTO}`);
    expect([e.line, e.col, e.reason]).toStrictEqual([
      2,
      15,
      `unsupported #include ${header}: abifuzz knows only <stdint.h>, <stddef.h>, <stdbool.h> and <linux/types.h> (their types are built in); paste the declarations you need from it instead`,
    ]);
  });

  it('rejects an include it cannot even name', () => {
    expect(errorOf('#include HEADER_FILE\n').reason).toBe(preprocess('#include HEADER_FILE'));
  });
});

describe('other directives', () => {
  it.each([
    ['#define int long', '#define int long'],
    ['#define CHECK(x) \\\n\tdo { if (x) { return -1; } } while (0)', '#define CHECK(x) \tdo { if (x) { return -1; } } while (0)'],
    ['#define N 4', '#define N 4'],
    ['#undef u64', '#undef u64'],
    ['#if 0', '#if 0'],
    ['#ifdef __KERNEL__', '#ifdef __KERNEL__'],
    ['#if defined(X)', '#if defined(X)'],
    ['#elif 1', '#elif 1'],
    ['#else', '#else'],
    ['#error no', '#error no'],
    ['#warning no', '#warning no'],
    ['#line 10 "x.h"', '#line 10 "x.h"'],
    ['# 1 "x.h"', '# 1 "x.h"'],
    ['#pragmc pack(push, 1)', '#pragmc pack(push, 1)'],
    ['#', '#'],
    [`#define LONG_MACRO ${'x'.repeat(100)}`, `#define LONG_MACRO ${'x'.repeat(41)}…`],
  ])('rejects %j on the line it starts', (line, shown) => {
    const e = errorOf(`${PROTO}\n\n  ${line}\nint g(void);`);
    expect([e.line, e.col, e.reason]).toStrictEqual([3, 3, preprocess(shown)]);
  });
});

describe('include guards', () => {
  const guarded = (body: string): string => `// SPDX-License-Identifier: GPL-2.0\n/* header */\n#ifndef MY_H\n#define MY_H\n\n${body}\n\n#endif /* MY_H */\n// end\n`;

  it('accepts one guard around the whole file, and #pragma once inside or before it', () => {
    parsesLikeProto(guarded(PROTO));
    parsesLikeProto(`#pragma once\n${guarded(`#pragma once\n#include <linux/types.h>\n${PROTO}`)}`);
  });

  it.each([
    ['a token before the #ifndef', `int x;\n#ifndef MY_H\n#define MY_H\n${PROTO}\n#endif`, 2, '#ifndef MY_H'],
    ['a directive before the #ifndef', `#include <stdint.h>\n#ifndef MY_H\n#define MY_H\n${PROTO}\n#endif`, 2, '#ifndef MY_H'],
    ['no #define after the #ifndef', `#ifndef MY_H\n${PROTO}\n#endif`, 1, '#ifndef MY_H'],
    ['a line between #ifndef and #define', `#ifndef MY_H\n#include <stdint.h>\n#define MY_H\n${PROTO}\n#endif`, 1, '#ifndef MY_H'],
    ['another name defined', `#ifndef MY_H\n#define MY_HH\n${PROTO}\n#endif`, 1, '#ifndef MY_H'],
    ['no #endif', `#ifndef MY_H\n#define MY_H\n${PROTO}`, 1, '#ifndef MY_H'],
    ['a token after the #endif', `#ifndef MY_H\n#define MY_H\n#endif\n${PROTO}`, 3, '#endif'],
    ['a directive after the #endif', `#ifndef MY_H\n#define MY_H\n${PROTO}\n#endif\n#pragma pack(1)`, 4, '#endif'],
    ['a second #ifndef', `#ifndef MY_H\n#define MY_H\n#ifndef X\n#define X\n${PROTO}\n#endif\n#endif`, 3, '#ifndef X'],
    ['a #define without #ifndef', `#define MY_H\n${PROTO}`, 1, '#define MY_H'],
    ['an #endif without #ifndef', `${PROTO}\n#endif`, 2, '#endif'],
  ])('rejects %s', (_what, text, line, shown) => {
    const e = errorOf(text);
    expect([e.line, e.col, e.reason]).toStrictEqual([line, 1, guardOnly(shown)]);
  });

  it('rejects the guard macro used in the header, which the preprocessor would erase', () => {
    const e = errorOf(guarded('int MY_H f(u64 a);'));
    expect([e.line, e.col, e.reason]).toStrictEqual([6, 5, `'MY_H' is the include guard's macro, which the preprocessor would erase here: pass the header through 'cc -E -P' first`]);
  });
});
