// The layout engine's public face: sizeof, _Alignof, the natural alignment (natural.ts) and
// the member table of any IR type (its value bits are masks.ts's) on LP64 Linux, with gcc's
// semantics. Where clang 19 lays a type out differently the comment at the rule says so
// (enums.ts, bitfields.ts, resolve.ts); the diff stage reports those as compiler
// deviations.
import type { Type } from '../c/ir.js';
import type { MemberLayout } from '../data/layout.js';
import { memberLayouts } from './members.js';
import { GCC_LAYOUT, type LayoutRules } from './rules.js';
import { naturalAlign } from './natural.js';
import type { Scope } from '../c/scope.js';
import { shapeOf } from './resolve.js';
import type { Shape } from './shape.js';

export interface Layout {
  size: number;
  align: number;
  /** For conventions that round to it: see natural.ts. */
  naturalAlign: number;
  /** Same paths and fields as the oracle's `layoutsOf`. */
  members: MemberLayout[];
}

/** `scope` is `scopeOf(header)`; shapes are memoized per scope object (resolve.ts). */
export function layoutOf(scope: Scope, type: Type): Layout {
  return layoutOfShape(shapeOf(scope, type));
}

export function layoutOfShape(shape: Shape, rules: LayoutRules = GCC_LAYOUT): Layout {
  return { size: shape.size, align: rules.alignof?.(shape) ?? shape.align, naturalAlign: naturalAlign(shape), members: memberLayouts(shape, rules) };
}
