// What the vector switches ask of a type: is it a GNU vector of some element, or an
// aggregate made only of such vectors (an HVA of them)? Which vector comes first in it?
import type { Shape } from '../../../layout/shape.js';
import { holdingMembers } from './holding.js';

export type VectorShape = Extract<Shape, { k: 'vector' }>;


/** Every byte of `s` belongs to a vector `is` accepts (records and arrays of them included). */
export function onlyVectors(s: Shape, is: (v: VectorShape) => boolean): boolean {
  switch (s.k) {
    case 'vector': return is(s);
    case 'array': return s.len > 0 && onlyVectors(s.elem, is);
    case 'record': {
      const full = holdingMembers(s);
      return full.length > 0 && full.every((f) => !f.bitfield && onlyVectors(f.shape, is));
    }
    default: return false;
  }
}

/** The first vector of `s` in declaration order, as a front end meets it looking for an HVA's base type. */
export function firstVector(s: Shape): VectorShape | undefined {
  switch (s.k) {
    case 'vector': return s;
    case 'array': return s.len > 0 ? firstVector(s.elem) : undefined;
    case 'record': {
      for (const f of holdingMembers(s)) {
        const v = f.bitfield ? undefined : firstVector(f.shape);
        if (v) return v;
      }
      return undefined;
    }
    default: return undefined;
  }
}

/** A vector whose elements are integers of `bytes` bytes (`__int128`: 16). */
export const ofIntegers = (bytes: number) => (v: VectorShape): boolean => v.elem.k === 'int' && v.elem.size === bytes;
