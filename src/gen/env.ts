// What the generator knows about the types it has declared so far. The facts are upper
// bounds and validity flags, not layouts: they only keep the generated C legal (an
// `_Alignas` may not lower alignment, a bit-field may not exceed its type's width, an array
// element's size must be a multiple of its alignment).
import type { Decl, EnumDecl, RecordDef, Scalar, Type } from '../c/ir.js';
import type { Draw } from './draw.js';
import { enumSize } from '../layout/enums.js';
import { bitIntShape, INTEGER_BITS, scalarShape } from '../layout/scalars.js';

export interface GenConfig {
  profile: 'kernel' | 'user';
  maxParams: number;
  maxDepth: number;
  scalars: readonly Scalar[];
  vectors: boolean;
}

export interface TypeInfo {
  /** An upper bound of the type's alignment (packing and typedef `aligned` can only lower it). */
  align: number;
  /** The width a bit-field of this type may have, when it may be a bit-field type at all. */
  bits?: number;
  /** Record nesting height: 0 for non-records. */
  height: number;
  /** May it be an array element (gcc rejects elements whose size is not a multiple of their alignment)? */
  arraySafe: boolean;
}

export interface RecordInfo extends TypeInfo {
  kind: 'struct' | 'union';
  /** Ends in a flexible array member: usable only behind a pointer. */
  flexible: boolean;
}

export interface Ctx {
  d: Draw;
  cfg: GenConfig;
  /** The header so far, in declaration order; a declaration is appended once complete. */
  decls: Decl[];
  records: Map<string, RecordInfo>;
  enums: Map<string, TypeInfo>;
  typedefs: Map<string, TypeInfo & { vector: boolean }>;
  /**
   * Whether this header may use `_BitInt`. Decided once per header: gcc 12 rejects every
   * header that has one, so they are kept to a minority of headers instead of most of them.
   */
  bitints: boolean;
}

export function newCtx(d: Draw, cfg: GenConfig, bitints: boolean): Ctx {
  return { d, cfg, decls: [], records: new Map(), enums: new Map(), typedefs: new Map(), bitints };
}


export function infoOf(ctx: Ctx, t: Type): TypeInfo {
  switch (t.t) {
    case 'void': return { align: 1, height: 0, arraySafe: false };
    case 'scalar': return { align: scalarShape(t.s).align, ...bitsField(INTEGER_BITS[t.s]), height: 0, arraySafe: true };
    case 'bitint': return { align: bitIntShape(t.bits).align, bits: t.bits, height: 0, arraySafe: true };
    case 'ptr': return { align: 8, height: 0, arraySafe: true };
    case 'array': return { ...infoOf(ctx, t.of), bits: undefined };
    case 'named': return known(ctx.typedefs.get(t.name), t.name);
    case 'tagref': return known(t.kind === 'enum' ? ctx.enums.get(t.tag) : ctx.records.get(t.tag), t.tag);
    case 'record': return recordInfo(ctx, t.def);
  }
}

function known<T>(x: T | undefined, name: string): T {
  if (x === undefined) throw new Error(`generator: '${name}' used before it was declared`);
  return x;
}

const bitsField = (bits: number | undefined): { bits?: number } => (bits === undefined ? {} : { bits });

export function recordInfo(ctx: Ctx, def: RecordDef): TypeInfo {
  let align = def.attrs.aligned ?? 1;
  let height = 0;
  for (const m of def.members) {
    const i = infoOf(ctx, m.type);
    align = Math.max(align, i.align, m.attrs.aligned ?? 1, m.alignas ?? 1);
    height = Math.max(height, i.height);
  }
  return { align, height: height + 1, arraySafe: true };
}

/** An enum's size: the smallest integer type holding all values (at least `int` unless packed). */
export function enumInfo(e: Pick<EnumDecl, 'values' | 'attrs'>): TypeInfo {
  const size = enumSize(e);
  const aligned = e.attrs.aligned;
  return { align: Math.max(size, aligned ?? 1), bits: size * 8, height: 0, arraySafe: aligned === undefined || aligned <= size };
}
