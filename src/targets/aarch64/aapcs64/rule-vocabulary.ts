// The rules the AAPCS64 classifier names in its traces (classes.ts, assign.ts,
// classify.ts), as coverage counts them: one id per rule, the HFA and HVA halves of B.2
// apart, and the result-return rules. C.7 and C.8 (Pure Scalable Types, SVE) have no
// GNU C spelling without arm_sve.h and are not modelled. The classifier's numbering is
// its own (B.2 is the HFA/HVA rule there).
import type { RuleVocabulary } from '../../target.js';

export const RULES: readonly (readonly [string, string])[] = [
  ['B.2/HFA', 'an HFA is used unmodified'],
  ['B.2/HVA', 'an HVA is used unmodified'],
  ['B.4', 'a composite (or vector, or _BitInt) over 16 bytes is passed as a pointer to a copy'],
  ['B.5', 'a composite\'s size is rounded up to a multiple of 8'],
  ['GNU/empty', 'an empty composite takes no register and no stack'],
  ['C.1', 'an FP or short-vector value in v[NSRN]'],
  ['C.2', 'an HFA/HVA in consecutive v registers'],
  ['C.3', 'an HFA/HVA that does not fit: NSRN = 8'],
  ['C.4', 'NSAA rounded to 8 or 16 for an HFA/HVA, quad FP or short vector'],
  ['C.5', 'a half or single FP value takes 8 bytes of stack'],
  ['C.6', 'an FP/vector/HFA/HVA value on the stack'],
  ['C.9', 'an integral or pointer value of at most 8 bytes in x[NGRN]'],
  ['C.10', 'natural alignment 16: NGRN rounded up to even'],
  ['C.11', 'a 16-byte integral value in x[NGRN], x[NGRN+1]'],
  ['C.12', 'a composite in consecutive x registers'],
  ['C.13', 'NGRN = 8: the value goes to the stack'],
  ['C.14', 'NSAA rounded up to max(8, natural alignment)'],
  ['C.15', 'a composite on the stack'],
  ['C.16', 'a value under 8 bytes takes 8 bytes of stack'],
  ['C.17', 'an integral value on the stack'],
  ['R', 'returned where it would be passed as the first argument'],
  ['R/x8', 'returned through the buffer whose address the caller passes in x8'],
];

const IDS = RULES.map(([id]) => id);

/**
 * `C.10: natural alignment 16: ...` -> `C.10`; B.2 by HFA or HVA; R by register or x8.
 * A `dialect: ...` line is a compiler's deviation, not a rule: coverage counts it under the
 * switch that moved the value (switchesHit).
 */
function ruleOf(line: string): string | undefined {
  const colon = line.indexOf(':');
  const head = colon < 0 ? line : line.slice(0, colon);
  switch (head) {
    case 'B.2': return line.startsWith('B.2: HVA') ? 'B.2/HVA' : 'B.2/HFA';
    case 'R': return line.includes('x8') ? 'R/x8' : 'R';
    case 'GNU': return 'GNU/empty';
    case 'dialect': return undefined;
    default: return head;
  }
}

export const AAPCS64_RULES: RuleVocabulary = { ids: IDS, of: ruleOf };
