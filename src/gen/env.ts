// What the generator knows about the types it has declared so far. The facts are upper
// bounds and validity flags, not layouts: they only keep the generated C legal (an
// `_Alignas` may not lower alignment, a bit-field may not exceed its type's width, an array
// element's size must be a multiple of its alignment).
import type { Decl, EnumDecl, RecordDef, Scalar, Type } from '../c/ir.js';
import type { Draw } from './draw.js';
import type { Option, Point, Weights } from './weights.js';
import { enumSize } from '../layout/enums.js';
import { bitIntShape, INTEGER_BITS, scalarShape } from '../layout/scalars.js';

export interface GenConfig {
  profile: 'kernel' | 'user';
  maxParams: number;
  maxDepth: number;
  scalars: readonly Scalar[];
  /** `scalars` without `__bf16`, for headers that have none. */
  scalarsNoBf16: readonly Scalar[];
  vectors: boolean;
  weights: Weights;
  /** Told of every named choice as it is made (bench/coverage-weights.ts); undefined in campaigns. */
  onChoice?: (point: Point, option: string) => void;
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
  /** Made to be of size 0 (homogeneous.ts). */
  empty: boolean;
}

export interface Ctx {
  d: Draw;
  cfg: GenConfig;
  /** The header so far, in declaration order; a declaration is appended once complete. */
  decls: Decl[];
  records: Map<string, RecordInfo>;
  enums: Map<string, TypeInfo>;
  /** `vectorSize`: of a GNU vector typedef (`vector_size(N)` on the typedef itself). */
  typedefs: Map<string, TypeInfo & { vector: boolean; vectorSize?: number }>;
  /**
   * Whether this header may use `_BitInt`. Decided once per header: gcc 12 rejects every
   * header that has one, so they are kept to a minority of headers instead of most of them.
   */
  bitints: boolean;
  /** Whether this header may use `__bf16`, which clang 14 rejects: likewise a minority of headers. */
  bf16s: boolean;
  /** The scalars this header draws from. */
  scalars: readonly Scalar[];
}

export function newCtx(d: Draw, cfg: GenConfig, bitints: boolean, bf16s: boolean): Ctx {
  return { d, cfg, decls: [], records: new Map(), enums: new Map(), typedefs: new Map(), bitints, bf16s, scalars: bf16s ? cfg.scalars : cfg.scalarsNoBf16 };
}

/**
 * One of `options`, each taken with its weight in the generator's table (weight 0: never;
 * callers leave out the options a context rules out).
 */
export function choose<P extends Point, R>(ctx: Ctx, point: P, options: readonly (readonly [Option<P>, () => R])[]): R {
  const w = ctx.cfg.weights[point] as Record<string, number>;
  let total = 0;
  for (const [o] of options) total += w[o]!;
  if (total <= 0) throw new Error(`generator: no option of '${point}' has a weight`);
  let r = ctx.d.int(0, total - 1);
  for (const [o, make] of options) {
    if (r < w[o]!) {
      ctx.cfg.onChoice?.(point, o);
      return make();
    }
    r -= w[o]!;
  }
  throw new Error('unreachable');
}

/** Like choose, for options that are plain values. */
export function chooseValue<P extends Point, V extends Option<P>>(ctx: Ctx, point: P, options: readonly V[]): V {
  const w = ctx.cfg.weights[point] as Record<string, number>;
  let total = 0;
  for (const o of options) total += w[o]!;
  if (total <= 0) throw new Error(`generator: no option of '${point}' has a weight`);
  let r = ctx.d.int(0, total - 1);
  for (const o of options) {
    if (r < w[o]!) {
      ctx.cfg.onChoice?.(point, o);
      return o;
    }
    r -= w[o]!;
  }
  throw new Error('unreachable');
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
