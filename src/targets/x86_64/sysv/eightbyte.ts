// The psABI's classes of an eightbyte (§3.2.3), how two classes meeting in one eightbyte
// merge, and the post-merger cleanup of an aggregate's classes. Pure.

export type EightbyteClass = 'NO_CLASS' | 'INTEGER' | 'SSE' | 'SSEUP' | 'X87' | 'X87UP' | 'COMPLEX_X87' | 'MEMORY' | 'SSEHF';

// SSEHF is gcc's: an SSE eightbyte of which one _Float16's 2 bytes are moved (HFmode). It
// arises only inside an aggregate's walk (gcc-x86-complex-half-claims-next-eightbyte), and
// merges as SSE does: with itself it stays, with another SSE class it is SSE. classify
// turns a final one into SSE and notes it (Classified.halfOnly).


/**
 * Where the rules that fired are written down; undefined when nobody will read them (the
 * fuzz loop), so that no rule builds its sentence.
 */
export type Trace = string[] | undefined;

const isX87 = (c: EightbyteClass): boolean => c === 'X87' || c === 'X87UP' || c === 'COMPLEX_X87';

/** The merge of the classes of two fields sharing an eightbyte, rules (a)–(f) in the text's order. */
export function merge(a: EightbyteClass, b: EightbyteClass): EightbyteClass {
  if (a === b) return a;
  if (a === 'NO_CLASS') return b;
  if (b === 'NO_CLASS') return a;
  if (a === 'MEMORY' || b === 'MEMORY') return 'MEMORY';
  // INTEGER is tested before the x87 classes: a union of a long double and a char[10] is
  // INTEGER twice (gcc 12 and clang 19 return it in rax:rdx).
  if (a === 'INTEGER' || b === 'INTEGER') return 'INTEGER';
  if (isX87(a) || isX87(b)) return 'MEMORY';
  return 'SSE';
}

/**
 * The post-merger cleanup of an aggregate of `size` bytes: its classes, or undefined when
 * the whole aggregate is MEMORY. `classes` is modified in place (SSEUP to SSE).
 */
export function postMerge(classes: EightbyteClass[], size: number, trace: Trace): EightbyteClass[] | undefined {
  if (classes.includes('MEMORY')) {
    trace?.push('post-merge/a: an eightbyte is MEMORY: the whole aggregate is MEMORY');
    return undefined;
  }
  for (let k = 0; k < classes.length; k++) {
    if (classes[k] === 'X87UP' && classes[k - 1] !== 'X87') {
      trace?.push(`post-merge/b: eightbyte ${k} is X87UP not preceded by X87: MEMORY`);
      return undefined;
    }
  }
  if (size > 16 && !(classes[0] === 'SSE' && classes.every((c, k) => k === 0 || c === 'SSEUP'))) {
    trace?.push(`post-merge/c: ${size} bytes, more than two eightbytes, not SSE then SSEUP only: MEMORY`);
    return undefined;
  }
  for (let k = 0; k < classes.length; k++) {
    if (classes[k] === 'SSEUP' && classes[k - 1] !== 'SSE' && classes[k - 1] !== 'SSEUP') {
      classes[k] = 'SSE';
      trace?.push(`post-merge/d: eightbyte ${k} is SSEUP not preceded by SSE or SSEUP: SSE`);
    }
  }
  return classes;
}
