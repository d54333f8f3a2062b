// A rough size and alignment for C types, good enough to keep shrinking steps from
// writing C that every compiler rejects (an `_Alignas` below the type's alignment, an
// array element whose size is not a multiple of its alignment) and to pick a scalar of a
// record's size. It is deliberately not the ABI model: where compilers disagree (the
// very things abifuzz finds) it takes the stricter answer, and the oracle has the last word.
import type { RecordDef, Type } from '../c/ir.js';
import { enumOf, packOf, stripTypedefs, taggedRecordOf, typedefOf, type Scope } from '../c/scope.js';
import { bitIntShape, INTEGER_BITS, scalarShape } from '../layout/scalars.js';
import type { Shape } from '../layout/shape.js';
import { roundUp } from '../layout/round.js';
import { enumSize } from '../layout/enums.js';

export interface Approx {
  size: number;
  align: number;
}

function sa(size: number, align: number): Approx {
  return { size, align };
}

const fromShape = (s: Shape): Approx => sa(s.size, s.align);

export function approxLayout(scope: Scope, t: Type): Approx {
  switch (t.t) {
    case 'void': return sa(1, 1);
    case 'scalar': return fromShape(scalarShape(t.s));
    case 'bitint': return fromShape(bitIntShape(t.bits));
    case 'ptr': return sa(8, 8);
    case 'array': {
      const e = approxLayout(scope, t.of);
      return sa(e.size * (t.len ?? 0), e.align);
    }
    case 'named': return typedefLayout(scope, t.name);
    case 'tagref': return tagLayout(scope, t);
    case 'record': return recordLayout(scope, t.def, undefined);
  }
}

function typedefLayout(scope: Scope, name: string): Approx {
  const td = typedefOf(scope, name);
  if (!td) return sa(1, 1);
  const v = td.attrs.vectorSize;
  const base = v === undefined ? approxLayout(scope, td.type) : sa(v, Math.min(v, 16));
  // On a typedef, `aligned` may lower the alignment as well as raise it.
  return sa(base.size, td.attrs.aligned ?? base.align);
}

function tagLayout(scope: Scope, t: Extract<Type, { t: 'tagref' }>): Approx {
  if (t.kind === 'enum') {
    const e = enumOf(scope, t.tag);
    if (!e) return sa(4, 4);
    const size = enumSize(e);
    return sa(size, Math.max(size, e.attrs.aligned ?? 1)); // clang honours `aligned` here; gcc ignores it
  }
  const def = taggedRecordOf(scope, t.kind, t.tag);
  return def ? recordLayout(scope, def, packOf(scope, def)) : sa(0, 1);
}

/** Natural layout in bits; a bit-field does not straddle a unit of its type unless packed. */
function recordLayout(scope: Scope, def: RecordDef, pack: number | undefined): Approx {
  let bit = 0;
  let end = 0;
  let align = def.attrs.aligned ?? 1;
  for (const m of def.members) {
    const t = approxLayout(scope, m.type);
    const packed = def.attrs.packed === true || m.attrs.packed === true;
    const a = Math.max(Math.min(packed ? 1 : t.align, pack ?? Infinity), m.attrs.aligned ?? 1, m.alignas ?? 1);
    const start = def.kind === 'union' ? 0 : bit;
    if (m.bits === undefined) {
      bit = roundUp(start, a * 8) + t.size * 8;
      align = Math.max(align, a);
    } else {
      bit = placeBitField(start, m.bits, t, packed);
      if (m.name !== undefined) align = Math.max(align, a);
    }
    end = Math.max(end, bit);
  }
  return sa(roundUp(Math.ceil(end / 8), align), align);
}

function placeBitField(start: number, bits: number, t: Approx, packed: boolean): number {
  const unit = Math.max(t.size, 1) * 8;
  if (bits === 0) return roundUp(start, t.align * 8);
  const straddles = Math.floor(start / unit) !== Math.floor((start + bits - 1) / unit);
  return (straddles && !packed ? roundUp(start, unit) : start) + bits;
}

/** How wide a bit-field of type `t` may be; undefined when `t` cannot be a bit-field type. */
export function bitFieldWidth(scope: Scope, t: Type): number | undefined {
  const s = stripTypedefs(scope, t); // a vector typedef stays `named`: not a bit-field type
  if (s.t === 'scalar') return INTEGER_BITS[s.s];
  if (s.t === 'bitint') return s.bits;
  if (s.t === 'tagref' && s.kind === 'enum') {
    const e = enumOf(scope, s.tag);
    return e ? enumSize(e) * 8 : undefined;
  }
  return undefined;
}
