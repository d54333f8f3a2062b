// The classes of a value that is not an aggregate (§3.2.3, the scalar types of Fig. 3.1,
// plus the GNU vectors and _BitInt the text names or leaves open): one class per eightbyte,
// or undefined for MEMORY. Shared by top-level values and the leaves of aggregates.
import type { Shape } from '../../../layout/shape.js';
import type { EightbyteClass, Trace } from './eightbyte.js';
import type { SysvRules } from './rules.js';

type Leaf = Extract<Shape, { k: 'int' | 'fp' | 'complex' | 'vector' }>;

const INTEGER1: readonly EightbyteClass[] = ['INTEGER'];
const INTEGER2: readonly EightbyteClass[] = ['INTEGER', 'INTEGER'];
const SSE1: readonly EightbyteClass[] = ['SSE'];
const SSE2: readonly EightbyteClass[] = ['SSE', 'SSE'];
const X87: readonly EightbyteClass[] = ['X87', 'X87UP'];
const COMPLEX_X87: readonly EightbyteClass[] = ['COMPLEX_X87', 'COMPLEX_X87', 'COMPLEX_X87', 'COMPLEX_X87'];

/** SSE then SSEUP for the rest of a vector of `size` bytes: shared by size. */
const SSE_UP = new Map<number, readonly EightbyteClass[]>();
function sseUp(size: number): readonly EightbyteClass[] {
  let c = SSE_UP.get(size);
  if (!c) SSE_UP.set(size, (c = ['SSE', ...new Array<EightbyteClass>(size / 8 - 1).fill('SSEUP')]));
  return c;
}

/** The callers must not modify the result: it is shared. */
export function scalarClasses(s: Leaf, rules: SysvRules, trace: Trace): readonly EightbyteClass[] | undefined {
  switch (s.k) {
    case 'int': return intClasses(s, trace);
    case 'fp': return fpClasses(s, trace);
    case 'complex': return complexClasses(s, trace);
    case 'vector': return vectorClasses(s, rules, trace);
  }
}

function intClasses(s: Extract<Shape, { k: 'int' }>, trace: Trace): readonly EightbyteClass[] | undefined {
  if (s.bitint !== undefined && s.bitint > 64) {
    // The text treats a wide _BitInt as a struct of 64-bit chunks: two fit in registers.
    if (s.size > 16) {
      trace?.push(`_BitInt: _BitInt(${s.bitint}) is ${s.size} bytes of 64-bit chunks, more than two eightbytes: MEMORY`);
      return undefined;
    }
    trace?.push(`_BitInt: _BitInt(${s.bitint}) is two 64-bit chunks: INTEGER, INTEGER`);
    return INTEGER2;
  }
  if (s.size === 16) {
    trace?.push('__int128: an __int128 is two INTEGER eightbytes');
    return INTEGER2;
  }
  trace?.push(`INTEGER: a ${s.size}-byte integral, pointer or enum value is class INTEGER`);
  return INTEGER1;
}

function fpClasses(s: Extract<Shape, { k: 'fp' }>, trace: Trace): readonly EightbyteClass[] {
  if (s.fp === 'x87') {
    trace?.push('X87: a long double is X87, X87UP');
    return X87;
  }
  if (s.fp === 'f128') {
    trace?.push('SSEUP: a __float128 is SSE, SSEUP');
    return sseUp(16);
  }
  trace?.push(`SSE: a ${s.fp} eightbyte is class SSE`);
  return SSE1;
}

function complexClasses(s: Extract<Shape, { k: 'complex' }>, trace: Trace): readonly EightbyteClass[] | undefined {
  if (s.fp === 'x87') {
    trace?.push('COMPLEX_X87: a _Complex long double is COMPLEX_X87');
    return COMPLEX_X87;
  }
  if (s.fp === 'f128') {
    trace?.push('complex/f128: a _Complex __float128 is MEMORY');
    return undefined;
  }
  // _Complex float and _Complex _Float16 fill one eightbyte, _Complex double two.
  trace?.push(`complex: a _Complex ${s.fp} is ${s.size > 8 ? 'SSE, SSE' : 'one SSE eightbyte'}`);
  return s.size > 8 ? SSE2 : SSE1;
}

function vectorClasses(s: Extract<Shape, { k: 'vector' }>, rules: SysvRules, trace: Trace): readonly EightbyteClass[] | undefined {
  if (s.fp === 'x87') {
    if (s.size === 16 && rules.longDoubleVectorSse) {
      trace?.push('dialect: a vector of one long double is a 16-byte vector: SSE, SSEUP');
      return sseUp(16);
    }
    // gcc and clang both pass one in memory (clang even lays it out otherwise).
    trace?.push('vector/x87: a vector of long double is MEMORY');
    return undefined;
  }
  if (s.size < 8) return smallVectorClasses(s, rules, trace);
  if (s.size === 8) {
    // gcc has no class for the mode of a vector of one double (V1DF), and clang copies it.
    if (s.fp === 'f64') {
      trace?.push('vector/v1df: a vector of one double is MEMORY (gcc and clang; the text is silent)');
      return undefined;
    }
    trace?.push('SSE: an 8-byte vector (__m64) is class SSE');
    return SSE1;
  }
  const widest = rules.avx512 ? 64 : rules.avx ? 32 : 16;
  if (s.size > widest) {
    trace?.push(`vector/wide: a ${s.size}-byte vector, wider than the ${widest}-byte vector registers: MEMORY`);
    return undefined;
  }
  trace?.push(`SSEUP: a ${s.size}-byte vector is SSE, then SSEUP`);
  return sseUp(s.size);
}

/** Vectors of 2 and 4 bytes: the text has none; the compilers differ (rules.ts). */
function smallVectorClasses(s: Extract<Shape, { k: 'vector' }>, rules: SysvRules, trace: Trace): readonly EightbyteClass[] | undefined {
  if (rules.smallVectorsInteger) {
    trace?.push(`dialect: a ${s.size}-byte vector is INTEGER`);
    return INTEGER1;
  }
  if (s.fp === undefined) {
    trace?.push(`vector/small: a ${s.size}-byte vector of integers is INTEGER`);
    return INTEGER1;
  }
  if (s.size === s.elem.size) {
    trace?.push(`vector/small: a vector of one ${s.fp} is MEMORY`);
    return undefined;
  }
  trace?.push(`vector/small: a ${s.size}-byte vector of ${s.fp} is SSE`);
  return SSE1;
}
