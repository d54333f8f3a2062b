// The layout engine's public face: sizeof, _Alignof, the AAPCS64 natural alignment, the
// member table and the value bits of any IR type on aarch64 Linux LP64, with gcc's
// semantics. Where clang 19 lays a type out differently the comment at the rule says so
// (enums.ts, bitfields.ts, resolve.ts); the diff stage reports those as compiler
// deviations.
import type { Type } from '../c/ir.js';
import type { MemberLayout } from '../oracle/observe.js';
import { masksOf } from './masks.js';
import { memberLayouts } from './members.js';
import { naturalAlign } from './natural.js';
import type { Scope } from '../c/scope.js';
import { shapeOf } from './resolve.js';
import type { Shape } from './shape.js';

export interface Layout {
  size: number;
  align: number;
  /** For C.4, C.10 and C.14: see natural.ts. */
  naturalAlign: number;
  /** Same paths and fields as the oracle's `layoutsOf`. */
  members: MemberLayout[];
  /** Per byte, the bits that are not padding (the oracle's mask). */
  valueBits: Uint8Array;
  /** Per byte, 1 where the oracle does not locate the byte (a `_BitInt`'s partial top byte). */
  normalized: Uint8Array;
}

/** `scope` is `scopeOf(header)`; shapes are memoized per scope object (resolve.ts). */
export function layoutOf(scope: Scope, type: Type): Layout {
  return layoutOfShape(shapeOf(scope, type));
}

export function layoutOfShape(shape: Shape): Layout {
  const masks = masksOf(shape);
  return {
    size: shape.size,
    align: shape.align,
    naturalAlign: naturalAlign(shape),
    members: memberLayouts(shape),
    valueBits: masks.bits,
    normalized: masks.normalized,
  };
}
