// The rules the SysV classifier names in its traces (scalar.ts, aggregate.ts,
// eightbyte.ts, assign.ts, returns.ts), as coverage counts them: one id per rule, in the
// order of §3.2.3 (classification, post-merger, passing, returning). Ids not in the text
// (the vector/ and _BitInt ones) name what gcc and clang agree on where the text is silent.
import type { RuleVocabulary } from '../../target.js';

export const RULES: readonly (readonly [string, string])[] = [
  ['INTEGER', 'an integral, pointer or enum value of up to 8 bytes is class INTEGER'],
  ['__int128', 'an __int128 is two INTEGER eightbytes'],
  ['_BitInt', 'a _BitInt wider than 64 bits is 64-bit chunks: INTEGER twice up to 128 bits, MEMORY beyond'],
  ['SSE', 'a float, double, _Float16 or __bf16, or an 8-byte vector, is class SSE'],
  ['SSEUP', 'a 16-byte vector or __float128 (32 bytes with AVX) is SSE, then SSEUP'],
  ['X87', 'a long double is X87, X87UP'],
  ['COMPLEX_X87', 'a _Complex long double is COMPLEX_X87'],
  ['complex', 'a _Complex float or _Float16 is one SSE eightbyte, a _Complex double two'],
  ['complex/f128', 'a _Complex __float128 is MEMORY'],
  ['vector/small', 'a vector under 8 bytes: integer elements INTEGER, floating-point ones SSE, one floating-point element MEMORY'],
  ['vector/v1df', 'a vector of one double is MEMORY'],
  ['vector/wide', 'a vector wider than the vector registers is MEMORY'],
  ['vector/x87', 'a vector of long double is MEMORY'],
  ['aggregate/empty', 'an empty aggregate takes no register and no stack'],
  ['aggregate/size', 'an aggregate larger than 16 bytes (32, 64 with AVX, AVX-512) is MEMORY'],
  ['aggregate/unaligned', 'an aggregate with an unaligned field is MEMORY'],
  ['bit-field', 'a bit-field is INTEGER in each eightbyte it touches'],
  ['merge', 'each eightbyte is the merge of the classes of the fields in it'],
  ['post-merge/a', 'an eightbyte of class MEMORY makes the whole aggregate MEMORY'],
  ['post-merge/b', 'X87UP not preceded by X87 makes the whole aggregate MEMORY'],
  ['post-merge/c', 'over 16 bytes and not SSE then SSEUP only: MEMORY'],
  ['post-merge/d', 'SSEUP not preceded by SSE or SSEUP becomes SSE'],
  ['MEMORY', 'a MEMORY-class argument is passed on the stack'],
  ['memory/x87', 'an X87 or COMPLEX_X87 argument is passed on the stack'],
  ['no-class', 'an argument of NO_CLASS eightbytes only takes nothing'],
  ['gpr', 'INTEGER eightbytes take the next general registers, rdi, rsi, rdx, rcx, r8, r9'],
  ['sse', 'SSE eightbytes take the next vector registers, xmm0..xmm7; SSEUP continues one'],
  ['exhausted', 'an argument whose eightbytes do not all fit goes to the stack whole; the registers stay free'],
  ['stack', 'a stack argument is aligned to max(8, its alignment), its size rounded up to 8'],
  ['R/rax', 'INTEGER eightbytes of a result in rax, rdx'],
  ['R/xmm', 'SSE eightbytes of a result in xmm0, xmm1'],
  ['R/st0', 'an X87 result in st0'],
  ['R/st1', 'a COMPLEX_X87 result in st0 and st1'],
  ['R/memory', 'a MEMORY result in the buffer whose address the caller passes in rdi'],
];

const IDS = RULES.map(([id]) => id);

/**
 * `gpr: INTEGER eightbytes in rdi` -> `gpr`. A `dialect: ...` line is a compiler's
 * deviation, not a rule: coverage counts it under the switch that moved the value.
 */
function ruleOf(line: string): string | undefined {
  const head = line.split(':', 1)[0];
  return head === 'dialect' ? undefined : head;
}

export const SYSV_RULES: RuleVocabulary = { ids: IDS, of: ruleOf };
