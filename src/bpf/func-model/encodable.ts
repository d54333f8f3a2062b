// What makes pahole 1.24 give up on a whole object rather than leave one function out.
// Anything reachable from a prototype's types counts, through pointers too, because
// pahole encodes every type in the DWARF, not only what BTF consumers look at:
// * `_Complex`: "Complex, interval and imaginary float types are not supported".
// * A union bit-field that gcc's DWARF places off the union's start (gcc-dwarf.ts):
//   "Error emitting field".
import { SCALARS, type Type } from '../../c/ir.js';
import { taggedRecordOf, typedefOf, type Scope } from '../../c/scope.js';
import { shapeOf } from '../../layout/resolve.js';
import type { Field, Shape } from '../../layout/shape.js';
import { unionBitfieldOffset } from './gcc-dwarf.js';

/** Why pahole would fail on an object whose DWARF holds `t`, or undefined. */
export function paholeFailure(scope: Scope, t: Type): string | undefined {
  return new Walk(scope).type(t, undefined);
}

class Walk {
  /** Records and typedefs already walked: pointers make the type graph cyclic. */
  private readonly seen = new Set<object>();
  constructor(private readonly scope: Scope) {}

  /** `shape` is `t`'s layout when known from the enclosing record, else resolved here. */
  type(t: Type, shape: Shape | undefined): string | undefined {
    switch (t.t) {
      case 'scalar':
        return SCALARS[t.s].startsWith('_Complex') ? `pahole cannot encode ${SCALARS[t.s]} in BTF` : undefined;
      case 'ptr': return this.pointee(t.to);
      case 'array': return this.type(t.of, shape?.k === 'array' ? shape.elem : undefined);
      case 'named': {
        const td = typedefOf(this.scope, t.name);
        return td && this.first(td) ? this.type(td.type, td.attrs.vectorSize === undefined ? shape : undefined) : undefined;
      }
      case 'tagref': case 'record': return this.record(t, shape);
      default: return undefined;
    }
  }

  /** A pointer's target may be an incomplete struct, which has no layout to check. */
  private pointee(t: Type): string | undefined {
    if (t.t === 'tagref' && t.kind !== 'enum' && !taggedRecordOf(this.scope, t.kind, t.tag)) return undefined;
    return t.t === 'void' ? undefined : this.type(t, undefined);
  }

  private record(t: Extract<Type, { t: 'tagref' | 'record' }>, known: Shape | undefined): string | undefined {
    if (t.t === 'tagref' && t.kind === 'enum') return undefined;
    const shape = known ?? shapeOf(this.scope, t);
    if (shape.k !== 'record' || !this.first(shape.rec.def)) return undefined;
    const union = shape.rec.def.kind === 'union';
    for (const f of shape.rec.fields) {
      const why = (union ? misplacedBitfield(f) : undefined) ?? this.type(f.member.type, f.shape);
      if (why !== undefined) return why;
    }
    return undefined;
  }

  private first(x: object): boolean {
    if (this.seen.has(x)) return false;
    this.seen.add(x);
    return true;
  }
}

function misplacedBitfield(f: Field): string | undefined {
  if (!f.bitfield || f.member.name === undefined) return undefined;
  const at = unionBitfieldOffset(f.shape.size, f.shape.align, f.bits);
  return at === 0 ? undefined : `gcc's DWARF puts union bit-field '${f.member.name}' at bit ${at}, which pahole cannot encode`;
}
