// Where a classified result goes (§3.2.3, "returning of values"): INTEGER eightbytes in
// rax then rdx, SSE in xmm0 then xmm1 (SSEUP continuing), X87 in st0, COMPLEX_X87 in st0
// (real) and st1 (imaginary); MEMORY through a buffer whose address the caller passes in
// rdi, which that address takes from the arguments. Pure.
import type { Shape } from '../../../layout/shape.js';
import type { Classified } from './classes.js';
import type { Trace } from './eightbyte.js';
import { byReference, NOWHERE, registerPart, type Part, type Placement } from './located.js';
import { registerParts } from './registers.js';
import type { SysvRules } from './rules.js';

const INT_RETURNS = ['rax', 'rdx'] as const;
const SSE_RETURNS = ['xmm0', 'xmm1'] as const;

export interface Returned {
  placement: Placement;
  /** The result's address in rdi: the first argument starts at rsi. */
  inMemory: boolean;
}

export function returned(shape: Shape, c: Classified, rules: SysvRules, trace: Trace): Returned {
  if (c.c === 'empty') return { placement: NOWHERE, inMemory: false };
  if (c.c === 'classes' && c.x87) {
    trace?.push('dialect: LLVM returns the <1 x x86_fp80> it is passed as in st0');
    return { placement: { where: 'parts', parts: [ST0, ST0] }, inMemory: false };
  }
  if (c.c === 'classes') return { placement: inRegisters(c.classes, trace), inMemory: false };
  if (shape.k === 'vector' && shape.size === 8 && shape.fp === 'f64' && rules.oneDoubleVectorReturnedInXmm) {
    trace?.push('dialect: a vector of one double is returned in xmm0');
    return { placement: { where: 'parts', parts: [registerPart('xmm0', 0)] }, inMemory: false };
  }
  const wide = rules.wideVectorsReturnedInRegisters ? wideVectorParts(shape) : undefined;
  if (wide) {
    trace?.push(`dialect: a ${shape.size}-byte vector is returned in ${[...new Set(wide.map((p) => p.piece))].join(', ')}`);
    return { placement: { where: 'parts', parts: wide }, inMemory: false };
  }
  trace?.push('R/memory: a MEMORY-class result goes to the buffer whose address the caller passes in rdi');
  return { placement: byReference('rdi'), inMemory: true };
}

/**
 * A vector of 32 or 64 bytes returned as LLVM returns its IR type without AVX: 16 bytes in
 * each of xmm0.., two long doubles in st0 and st1; none of __int128 or of four long doubles.
 */
function wideVectorParts(s: Shape): Part[] | undefined {
  if (s.k !== 'vector' || s.size <= 16 || (s.elem.k === 'int' && s.elem.size === 16)) return undefined;
  if (s.fp === 'x87') return s.size === 32 ? [ST0, ST0, ST1, ST1] : undefined;
  return Array.from({ length: s.size / 8 }, (_, k) => registerPart(`xmm${k >> 1}`, (k >> 1) * 16));
}

function inRegisters(classes: Extract<Classified, { c: 'classes' }>['classes'], trace: Trace): Placement {
  if (classes[0] === 'X87') {
    trace?.push('R/st0: an X87 result is returned in st0');
    return { where: 'parts', parts: [ST0, ST0] };
  }
  if (classes[0] === 'COMPLEX_X87') {
    trace?.push('R/st1: a COMPLEX_X87 result: the real part in st0, the imaginary part in st1');
    return { where: 'parts', parts: [ST0, ST0, ST1, ST1] };
  }
  const { parts, ints, sses } = registerParts(classes, INT_RETURNS, 0, SSE_RETURNS, 0);
  if (ints > 0) trace?.push(`R/rax: INTEGER eightbytes returned in ${INT_RETURNS.slice(0, ints).join(', ')}`);
  if (sses > 0) trace?.push(`R/xmm: SSE eightbytes returned in ${SSE_RETURNS.slice(0, sses).join(', ')}`);
  return { where: 'parts', parts };
}

const ST0 = registerPart('st0', 0);
/** The imaginary part starts at byte 16 of a _Complex long double. */
const ST1 = registerPart('st1', 16);
