// The members of a record that hold data, as gcc's machine-mode and HFA walks count them.
import type { Shape } from '../../../layout/shape.js';

/** Zero-width bit-fields and empty members hold none (a `char : 0` is no char). */
export const holdingMembers = (s: Extract<Shape, { k: 'record' }>) => s.rec.fields.filter((f) => (f.bitfield ? f.bits > 0 : f.shape.size > 0));
