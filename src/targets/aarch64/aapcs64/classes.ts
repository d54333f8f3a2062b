// Stage B of AAPCS64 argument passing: what kind of value an argument is once the
// caller has decided whether to copy it to memory (B.4), before any register is chosen.
import { homogeneousAggregate, type HomogeneousAggregate } from './hfa.js';
import type { PassingRules } from './rules.js';
import { naturalAlign } from '../../../layout/natural.js';
import type { Shape } from '../../../layout/shape.js';

export type ArgClass =
  /** A composite of size 0: C ignores it (both gcc and clang). */
  | { c: 'empty' }
  /** A floating-point scalar or a short (8/16-byte) vector: one SIMD/FP register. */
  | { c: 'fp'; size: number; quad: boolean }
  /** An HFA/HVA (or `_Complex`): one SIMD/FP register per member. */
  | { c: 'hfa'; ha: HomogeneousAggregate; size: number }
  /** A dialect's: the value passed as `count` separate FP scalars of `memberSize` bytes. */
  | { c: 'split'; count: number; memberSize: number }
  /** A dialect's: the value on the stack as if the general registers had run out. */
  | { c: 'memory'; size: number }
  /** An integral or pointer type of 1–8 or 16 bytes. */
  | { c: 'int'; size: number }
  /**
   * A composite of at most 16 bytes that is not an HFA/HVA: general registers. A dialect's
   * HVA in general registers may round NGRN differently (`ngrn`: `next` does not round,
   * `even` always does), may `straddle` the last register and the stack, and may take a
   * `stackAlign` of its own there.
   */
  | { c: 'composite'; size: number; ngrn?: 'next' | 'even'; straddle?: boolean; stackAlign?: number }
  /** B.4: replaced by a pointer to a caller-made copy. */
  | { c: 'byref'; size: number };

export interface Classified {
  cls: ArgClass;
  natural: number;
}

/**
 * Where the rules that fired are written down, with what they decided; undefined when
 * nobody will read them (the fuzz loop), so that no rule builds its sentence.
 */
export type Trace = string[] | undefined;

/** `arg`: an argument, not a returned value (some dialects' rules are for one of them only). */
export function classify(s: Shape, trace?: Trace, rules: PassingRules = {}, arg = true): Classified {
  const natural = naturalAlign(s);
  const out = (cls: ArgClass): Classified => ({ cls, natural });
  if (s.k === 'void') return out({ c: 'empty' });
  const composite = s.k === 'record' || s.k === 'array';
  if (composite && s.size === 0) {
    trace?.push('GNU: an empty composite (a GNU C extension) takes no register and no stack');
    return out({ c: 'empty' });
  }
  if (rules.passedAsEmpty?.(s)) {
    trace?.push('dialect: passed as if empty: no register and no stack');
    return out({ c: 'empty' });
  }
  const byElement = rules.vectorByElement?.(s);
  if (byElement) {
    trace?.push(`dialect: a vector passed as ${byElement.count} separate ${byElement.base} values`);
    return out({ c: 'split', count: byElement.count, memberSize: byElement.memberSize });
  }
  if (arg && rules.inMemory?.(s)) {
    trace?.push('dialect: passed on the stack as if no general register were left');
    return out({ c: 'memory', size: s.size });
  }
  const ha = (arg ? rules.argAsHfa?.(s) : undefined) ?? homogeneousAggregate(s, rules);
  const inGprs = ha && rules.hvaInGprs?.(s);
  if (inGprs) {
    trace?.push(`dialect: an HVA of ${ha.count} × ${ha.base} passed as a composite of ${s.size} bytes in general registers`);
    const stackAlign = rules.gprHvaStackAlign?.(s);
    return out({ c: 'composite', size: s.size, ngrn: inGprs === 'even' ? 'even' : 'next', ...(inGprs === 'straddle' ? { straddle: true } : {}), ...(stackAlign ? { stackAlign } : {}) });
  }
  if (ha) {
    trace?.push(`B.2: ${ha.base === 'v8' || ha.base === 'v16' ? 'HVA' : 'HFA'} of ${ha.count} × ${ha.base}: used unmodified`);
    return out({ c: 'hfa', ha, size: s.size });
  }
  const shortVector = s.k === 'vector' && (s.size === 8 || s.size === 16);
  if (s.k === 'fp' || shortVector) return out({ c: 'fp', size: s.size, quad: s.size === 16 });
  // Also a 32-byte GNU vector (not a short vector: both compilers pass it by reference)
  // and a _BitInt wider than 128 bits (which clang 19 rejects on aarch64).
  if (s.size > 16) {
    trace?.push(`B.4: ${composite ? 'composite' : s.k === 'vector' ? 'vector' : '_BitInt'} of ${s.size} bytes > 16, not an HFA/HVA: passed as a pointer to a copy`);
    return out({ c: 'byref', size: s.size });
  }
  if (composite) {
    if (s.size % 8 !== 0) trace?.push(`B.5: composite of ${s.size} bytes: size rounded up to ${Math.ceil(s.size / 8) * 8}`);
    return out({ c: 'composite', size: s.size });
  }
  return out({ c: 'int', size: s.size });
}
