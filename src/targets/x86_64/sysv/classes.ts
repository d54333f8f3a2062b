// The classification of one whole value (§3.2.3): empty, MEMORY, or one class per
// eightbyte; and the alignment its stack slot is rounded to. Pure.
import type { Shape } from '../../../layout/shape.js';
import { aggregateClasses } from './aggregate.js';
import { highAlignedBelow8, irStartsWithInt128, llvmOf, lowWidenedToI64, singleElement } from './clang-ir.js';
import type { EightbyteClass, Trace } from './eightbyte.js';
import type { SysvRules } from './rules.js';
import { scalarClasses } from './scalar.js';

export type Classified =
  /** A composite of size 0 (a GNU C extension): no register, no stack (gcc and clang). */
  | { c: 'empty' }
  | { c: 'memory' }
  /**
   * One class per eightbyte, post-merged; the caller must not modify them. `frontend`:
   * the classes clang's register check counts when the IR type it passes differs
   * (clang-x86-half-pair-low-integer); `classes` are then what the backend allocates.
   */
  | {
    c: 'classes';
    classes: readonly EightbyteClass[];
    frontend?: readonly EightbyteClass[];
    /**
     * Passed as one i128 from the INTEGER eightbyte on (clang22-x86-int128-storage-whole):
     * two general registers, though one eightbyte is NO_CLASS.
     */
    int128?: boolean;
    /**
     * The eightbytes gcc classed SSEHF (see eightbyte.ts), SSE in `classes`: of each, only
     * its first 2 bytes are moved.
     */
    halfOnly?: readonly number[];
    /**
     * Passed as the <1 x x86_fp80> it is (clang-x86-long-double-vector-sse): on the stack,
     * or returned in st0, though the frontend counts its SSE class.
     */
    x87?: boolean;
  };

const EMPTY: Classified = { c: 'empty' };
const MEMORY: Classified = { c: 'memory' };

export function classify(s: Shape, rules: SysvRules, trace: Trace): Classified {
  switch (s.k) {
    case 'void': return EMPTY;
    case 'record': case 'array': {
      if (s.size === 0) {
        trace?.push('aggregate/empty: an empty aggregate takes no register and no stack');
        return EMPTY;
      }
      const classes = aggregateClasses(s, rules, trace);
      if (classes && rules.halfPairLowInteger && classes.length === 2 && classes[0] === 'SSE' && lowWidenedToI64(llvmOf(rules), s) && highAlignedBelow8(llvmOf(rules), s, classes[1]!)) {
        trace?.push('dialect: the first eightbyte, typed <2 x half>, <2 x bfloat> or bfloat, is widened to an i64 (the second would not start at byte 8): INTEGER');
        return { c: 'classes', classes: ['INTEGER', classes[1]!], frontend: classes };
      }
      if (classes && rules.int128StorageWhole && oneIntegerEightbyte(classes) && irStartsWithInt128(llvmOf(rules), s)) {
        trace?.push('dialect: its LLVM type begins with an i128, which is what clang passes for its INTEGER eightbyte: two general registers');
        return { c: 'classes', classes, int128: true };
      }
      if (classes && rules.longDoubleVectorSse && isLongDoubleVector(singleElement(s))) return { c: 'classes', classes, x87: true };
      if (classes?.includes('SSEHF')) return halvesMoved(classes, trace);
      if (classes) return { c: 'classes', classes };
      if (!rules.emptyRecordsInMemoryTakeSpace && holdsNoData(s)) {
        trace?.push('aggregate/empty: a MEMORY aggregate of no data (unnamed bit-fields, members of size 0) takes no stack and no buffer');
        return EMPTY;
      }
      return MEMORY;
    }
    default: {
      const classes = scalarClasses(s, rules, trace);
      if (classes && rules.longDoubleVectorSse && isLongDoubleVector(s)) return { c: 'classes', classes, x87: true };
      return classes ? { c: 'classes', classes } : MEMORY;
    }
  }
}

/** Final SSEHF eightbytes as SSE, noted as moving 2 bytes each. */
function halvesMoved(classes: readonly EightbyteClass[], trace: Trace): Classified {
  const halfOnly = classes.flatMap((c, k) => (c === 'SSEHF' ? [k] : []));
  trace?.push(`dialect: eightbyte ${halfOnly.join(', ')} is SSEHF: an SSE register carries its first 2 bytes only`);
  return { c: 'classes', classes: classes.map((c) => (c === 'SSEHF' ? 'SSE' : c)), halfOnly };
}

const isLongDoubleVector = (s: Shape | undefined): boolean => s?.k === 'vector' && s.fp === 'x87' && s.size === 16;

/**
 * Two eightbytes, one INTEGER and the other not: NO_CLASS, or SSE after an INTEGER first
 * (whose i128 then covers both, the SSE part reading past the value).
 */
const oneIntegerEightbyte = (cs: readonly EightbyteClass[]): boolean =>
  cs.length === 2 && ((cs[0] === 'INTEGER' && (cs[1] === 'NO_CLASS' || cs[1] === 'SSE')) || (cs[0] === 'NO_CLASS' && cs[1] === 'INTEGER'));

/**
 * gcc's empty type (TYPE_EMPTY_P): a record each of whose members is an unnamed bit-field
 * or holds no data itself, an array of none or of such; its size counts as 0 on the stack.
 */
export function holdsNoData(s: Shape): boolean {
  switch (s.k) {
    case 'record': return s.rec.fields.every((f) => (f.bitfield && (f.bits === 0 || f.member.name === undefined)) || (!f.bitfield && holdsNoData(f.shape)));
    case 'array': return s.len === 0 || holdsNoData(s.elem);
    default: return false;
  }
}

/**
 * The alignment of the value's stack slot before the 8-byte minimum: the type's own,
 * without a typedef's `aligned(N)` (gcc 12 and clang 19 both put a struct whose typedef
 * says aligned(32) 8-aligned, and a struct aligned(64) by its own attribute 64-aligned).
 */
export function passingAlign(s: Shape): number {
  switch (s.k) {
    case 'void': return 0;
    case 'record': return s.size === 0 ? 0 : s.rec.align;
    case 'array': return s.size === 0 ? 0 : s.elem.align;
    default: return s.natural;
  }
}
