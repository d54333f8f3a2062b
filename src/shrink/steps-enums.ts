// Steps on enums: an enum type replaced by the integer of its size (`int` unless packed
// or 64-bit), and enumerators dropped down to one.
import type { Scalar, Type } from '../c/ir.js';
import { enumSize } from '../layout/enums.js';
import { mapTypes, removeAt } from './sites.js';
import type { Step } from './step.js';

const INT_OF_SIZE: Record<number, Scalar> = { 1: 'char', 2: 'short', 4: 'int', 8: 'long' };

/** Every use at once, so the enum itself goes; the integer keeps the enum's size so bit-fields stay legal. */
export const enumToInt: Step = (h) =>
  h.decls.flatMap((d) => {
    if (d.kind !== 'enum') return [];
    const int: Type = { t: 'scalar', s: INT_OF_SIZE[enumSize(d)] ?? 'int' };
    return [mapTypes(h, (t) => (t.t === 'tagref' && t.kind === 'enum' && t.tag === d.tag ? int : t))];
  });

export const dropEnumerator: Step = (h) =>
  h.decls.flatMap((d, i) => {
    if (d.kind !== 'enum' || d.values.length < 2) return [];
    return d.values.map((_, k) => ({ decls: h.decls.map((x, j) => (j === i ? { ...d, values: removeAt(d.values, k) } : x)) }));
  });

export const enumSteps: Step[] = [enumToInt, dropEnumerator];
