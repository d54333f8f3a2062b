// Random enums and typedefs (plain, over- or under-aligned, and GNU vector types).
import type { EnumDecl, Scalar, Type, TypedefDecl } from '../c/ir.js';
import { attrsOf, enumerator, indexedName, scalarType, tagRef, typedefName } from './shared.js';
import { chance, pick, weighted, type Draw } from './draw.js';
import { choose, chooseValue, enumInfo, infoOf, type Ctx } from './env.js';
import { INTEGER_BITS, scalarShape } from '../layout/scalars.js';
import { ALIGNMENTS } from './records.js';
import { genBitInt, genScalar, genType } from './types.js';
import { CHOICES, type Option } from './weights.js';

type VectorSize = 2 | 4 | 8 | 16 | 32 | 64;
type VectorElement = Option<'vectorElement'>;

/**
 * GNU vectors of 2 to 64 bytes of every element type gcc 12 and clang 19 accept: every
 * integer type but `_Bool`, and every floating type (`__bf16` only in headers that may
 * have it; clang 14 rejects it).
 */
const ELEMENTS_BY_SIZE = new Map<number, readonly VectorElement[]>(
  [2, 4, 8, 16, 32, 64].map((n) => [n, CHOICES.vectorElement.filter((s) => scalarShape(s).size <= n)]),
);
const NO_BF16 = new Map([...ELEMENTS_BY_SIZE].map(([n, xs]) => [n, xs.filter((s) => s !== 'bf16')]));

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
  const plain = (): Type => declareTypedef(ctx, depth > 0 ? genType(ctx, 'typedef', depth - 1) : leaf(ctx), undefined, arraySafe);
  if (!ctx.cfg.vectors) return plain();
  return choose(ctx, 'typedef', [
    ['plain', plain],
    ['vector', () => declareVector(ctx, Number(chooseValue(ctx, 'vectorSize', CHOICES.vectorSize)) as VectorSize, arraySafe)],
  ]);
}

/** A new GNU vector typedef of `size` bytes (over-aligned sometimes, unless `arraySafe`). */
function declareVector(ctx: Ctx, size: VectorSize, arraySafe: boolean): Type {
  const element = chooseValue(ctx, 'vectorElement', (ctx.bf16s ? ELEMENTS_BY_SIZE : NO_BF16).get(size)!);
  return declareTypedef(ctx, scalarType(element), size, arraySafe);
}

/** A new plain vector typedef of `size` bytes. */
export function genVectorOfSize(ctx: Ctx, size: VectorSize): Type {
  return declareVector(ctx, size, true);
}

/** A plain (not over-aligned) vector typedef of 8 or 16 bytes, existing or new: an HVA's base. */
export function genShortVectorRef(ctx: Ctx, size: 8 | 16): Type {
  const existing = [...ctx.typedefs].filter(([, t]) => t.vectorSize === size && t.arraySafe).map(([name]) => name);
  if (existing.length > 0 && chance(ctx.d, 0.5)) return typedefName(pick(ctx.d, existing));
  return declareVector(ctx, size, true);
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
    ...(vectorSize === undefined ? {} : { vectorSize }),
  });
  return typedefName(name);
}
