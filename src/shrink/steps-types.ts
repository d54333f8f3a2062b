// Steps on type spellings: a typedef name replaced by what it names, arrays shortened or
// replaced by their element, integers narrowed one rank at a time.
import type { Scalar } from '../c/ir.js';
import { definesRecord, mapTypes, sitesOf } from './sites.js';
import { theFunction, type Step } from './step.js';

/**
 * Every use of the typedef at once, so the typedef itself goes. Vector types have no
 * spelling without their typedef, and a struct defined inline may not move into the prototype.
 */
export const inlineTypedef: Step = (h) =>
  h.decls.flatMap((d) => {
    if (d.kind !== 'typedef' || d.attrs.vectorSize !== undefined) return [];
    const inlined = mapTypes(h, (t) => (t.t === 'named' && t.name === d.name ? d.type : t));
    const { fn } = theFunction(inlined);
    return [fn.ret, ...fn.params.map((p) => p.type)].some(definesRecord) ? [] : [inlined];
  });

export const shortenArray: Step = (h) =>
  sitesOf(h).types.flatMap((s) => (s.type.t === 'array' && s.type.len !== null && s.type.len > 1 ? [s.replace({ ...s.type, len: 1 })] : []));

export const arrayToElement: Step = (h) =>
  sitesOf(h).types.flatMap((s) => (s.type.t === 'array' ? [s.replace(s.type.of)] : []));

/** One rank down, keeping signedness: `__int128` → `long` → `int` → `char`. */
const NARROWER: Partial<Record<Scalar, Scalar>> = {
  int128: 'long', uint128: 'ulong',
  long: 'int', ulong: 'uint', llong: 'int', ullong: 'uint',
  int: 'char', uint: 'uchar', short: 'char', ushort: 'uchar',
};

export const narrowInteger: Step = (h) =>
  sitesOf(h).types.flatMap((s) => {
    const narrower = s.type.t === 'scalar' ? NARROWER[s.type.s] : undefined;
    return narrower === undefined ? [] : [s.replace({ t: 'scalar', s: narrower })];
  });

export const typeSteps: Step[] = [inlineTypedef, shortenArray, arrayToElement, narrowInteger];
