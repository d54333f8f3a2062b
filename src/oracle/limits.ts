// The harness's own limits: what it can observe at all. Each is a named constant the
// runtime (c/runtime.c) is built with; the planner checks a prototype against them before
// any C is emitted, so a prototype beyond one is `unsupported` for every config, never a
// finding, a crash record or an allocation the size of the input.
import type { Type } from '../c/ir.js';
import type { Scope } from '../c/scope.js';
import { shapeOf } from '../layout/resolve.js';

export const LIMITS = {
  /** Parameters and the return value: MAX_VALUES in runtime.c. */
  values: 32,
  /**
   * The graffiti pool of one call: every value, the return value once more, and the fill
   * of the return registers (POOL_SIZE in runtime.c; OUT_SIZE holds what a callee got).
   */
  poolBytes: 1 << 16,
  /** Calls start from a 4 KiB boundary (runtime.c main): a value aligned beyond it lands wherever that boundary does. */
  align: 4096,
} as const;

/**
 * Why the harness cannot observe a prototype whose values (parameters, then the return
 * value, if any) are `types`; undefined when it can. `fillBytes`: the target's return
 * registers, which the probe fills from the same pool.
 */
export function beyondLimits(scope: Scope, types: readonly Type[], hasRet: boolean, fillBytes: number): string | undefined {
  if (types.length > LIMITS.values) return `${types.length} values (parameters and the return value) exceed the harness's ${LIMITS.values}`;
  const shapes = types.map((t) => shapeOf(scope, t));
  const aligned = shapes.findIndex((s) => s.align > LIMITS.align);
  if (aligned >= 0) return `${nth(aligned, types.length, hasRet)}'s alignment of ${shapes[aligned]!.align} bytes exceeds the harness's ${LIMITS.align}`;
  const ret = hasRet ? shapes[shapes.length - 1]!.size : 0;
  const bytes = shapes.reduce((n, s) => n + s.size, 0) + ret + fillBytes;
  if (bytes > LIMITS.poolBytes) return `${bytes} bytes of argument and return values exceed the harness's ${LIMITS.poolBytes}-byte graffiti pool`;
  return undefined;
}

const nth = (i: number, n: number, hasRet: boolean): string => (hasRet && i === n - 1 ? 'return value' : `parameter ${i + 1}`);
