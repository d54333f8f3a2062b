// Random enums and typedefs (plain, over- or under-aligned, and GNU vector types).
import type { EnumDecl, Scalar, Type, TypedefDecl } from '../c/ir.js';
import { attrsOf, enumerator, indexedName, scalarType, tagRef, typedefName } from './shared.js';
import { chance, pick, weighted, type Draw } from './draw.js';
import { enumInfo, infoOf, type Ctx } from './env.js';
import { INTEGER_BITS } from '../layout/scalars.js';
import { ALIGNMENTS } from './records.js';
import { genBitInt, genScalar, genType } from './types.js';

const VECTOR_ELEMENTS: readonly Scalar[] = ['char', 'schar', 'uchar', 'short', 'ushort', 'int', 'uint', 'long', 'ulong', 'llong', 'ullong', 'float16', 'bf16', 'float', 'double'];
const VECTOR_SIZES = [8, 16, 32] as const;

/** `enum eN`, existing or new; `arraySafe` rules out over-aligned ones. */
export function genEnumRef(ctx: Ctx, arraySafe: boolean): Type {
  const existing = [...ctx.enums].filter(([, e]) => !arraySafe || e.arraySafe).map(([tag]) => tag);
  const tag = existing.length > 0 && chance(ctx.d, 0.4) ? pick(ctx.d, existing) : genEnumDecl(ctx, arraySafe);
  return tagRef('enum', tag);
}

function genEnumDecl(ctx: Ctx, arraySafe: boolean): string {
  const index = ctx.enums.size;
  const draw = valueDrawer(ctx.d);
  const values = Array.from({ length: ctx.d.int(1, 4) }, (_, i) => enumerator(indexedName(`E${index}_`, i), draw()));
  // gcc ignores `aligned` next to `packed` on an enum (clang does not), so they never meet.
  const packed = chance(ctx.d, 0.25);
  const aligned = !packed && !arraySafe && chance(ctx.d, 0.15) ? pick(ctx.d, ALIGNMENTS) : undefined;
  const e: EnumDecl = { kind: 'enum', tag: indexedName('e', index), values, attrs: attrsOf(packed, aligned) };
  ctx.decls.push(e);
  ctx.enums.set(e.tag, enumInfo(e));
  return e.tag;
}

/** One range per enum, so values never mix negatives with ones above INT64_MAX. */
function valueDrawer(d: Draw): () => bigint {
  const big = (hiMin: number, hiMax: number) => (): bigint => (BigInt(d.int(hiMin, hiMax)) << 32n) | BigInt(d.int(0, 0xffffffff));
  return weighted(d, [
    [4, () => BigInt(d.int(0, 7))],
    [2, () => BigInt(d.int(-128, 255))],
    [2, () => BigInt(d.int(-(2 ** 31), 2 ** 31 - 1))],
    [1, () => BigInt(d.int(0, 2 ** 32 - 1))],
    [1, big(-(2 ** 31), 2 ** 31 - 1)],
    [1, big(0, 2 ** 32 - 1)],
  ] as const);
}

/** A typedef name, existing or new; `arraySafe` rules out over-aligned ones. */
export function genTypedefRef(ctx: Ctx, depth: number, arraySafe: boolean): Type {
  const existing = [...ctx.typedefs].filter(([, t]) => t.height <= depth && (!arraySafe || t.arraySafe)).map(([name]) => name);
  if (existing.length > 0 && chance(ctx.d, 0.4)) return typedefName(pick(ctx.d, existing));
  const vector = ctx.cfg.vectors && chance(ctx.d, 0.3);
  const type = vector ? genScalarOf(ctx, VECTOR_ELEMENTS) : depth > 0 ? genType(ctx, 'typedef', depth - 1) : leaf(ctx);
  return declareTypedef(ctx, type, vector ? pick(ctx.d, VECTOR_SIZES) : undefined, arraySafe);
}

/** A typedef usable as a bit-field type: of an integer, a `_BitInt` or an enum, often over-aligned. */
export function genIntTypedefRef(ctx: Ctx): Type {
  const existing = [...ctx.typedefs].filter(([, t]) => t.bits !== undefined).map(([name]) => name);
  if (existing.length > 0 && chance(ctx.d, 0.4)) return typedefName(pick(ctx.d, existing));
  const type = weighted(ctx.d, [
    [6, () => genScalarOf(ctx, Object.keys(INTEGER_BITS) as Scalar[])],
    [ctx.bitints ? 1 : 0, () => genBitInt(ctx)],
    [1, () => genEnumRef(ctx, false)],
  ] as const)();
  return declareTypedef(ctx, type, undefined, false);
}

function leaf(ctx: Ctx): Type {
  return ctx.bitints && chance(ctx.d, 0.2) ? genBitInt(ctx) : genScalar(ctx);
}

function genScalarOf(ctx: Ctx, scalars: readonly Scalar[]): Type {
  return scalarType(pick(ctx.d, scalars));
}

function declareTypedef(ctx: Ctx, type: Type, vectorSize: number | undefined, arraySafe: boolean): Type {
  const name = indexedName('t', ctx.typedefs.size);
  const aligned = !arraySafe && chance(ctx.d, vectorSize === undefined ? 0.35 : 0.15) ? pick(ctx.d, ALIGNMENTS) : undefined;
  const packed = vectorSize === undefined && chance(ctx.d, 0.03);
  const attrs: TypedefDecl['attrs'] = vectorSize === undefined ? attrsOf(packed, aligned) : { vectorSize };
  if (vectorSize !== undefined && aligned !== undefined) attrs.aligned = aligned;
  ctx.decls.push({ kind: 'typedef', name, type, attrs });
  const base = infoOf(ctx, type);
  const align = Math.max(vectorSize ?? base.align, aligned ?? 1);
  ctx.typedefs.set(name, {
    align,
    ...(vectorSize === undefined && base.bits !== undefined ? { bits: base.bits } : {}),
    height: base.height,
    arraySafe: base.arraySafe && aligned === undefined,
    vector: vectorSize !== undefined,
  });
  return typedefName(name);
}
