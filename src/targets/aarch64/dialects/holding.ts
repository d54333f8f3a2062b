// The members of a record that hold data, as gcc's machine-mode and HFA walks count them.
import type { RecordShape, Shape } from '../../../layout/shape.js';

/** Zero-width bit-fields and empty members hold none (a `char : 0` is no char). */
export const holdingMembers = (s: Extract<Shape, { k: 'record' }>) => s.rec.fields.filter((f) => (f.bitfield ? f.bits > 0 : f.shape.size > 0));

/** `is` holds for `s` or for a record among its members, however deep: gcc's HFA walk enters every member record. */
export function anyRecordWithin(s: RecordShape, is: (r: RecordShape) => boolean): boolean {
  return is(s) || s.rec.fields.some((f) => f.shape.k === 'record' && anyRecordWithin(f.shape, is));
}

/** A record with a zero-width bit-field of its own. */
export const hasZeroWidthField = (r: RecordShape): boolean => r.rec.fields.some((f) => f.bitfield && f.bits === 0);
