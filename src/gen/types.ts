// Random C types in the IR, declaring whatever they refer to on the way. `depth` bounds
// record nesting (and, to keep generation finite, every pointer, array and typedef step).
import type { Type } from '../c/ir.js';
import { chance, weighted } from './draw.js';
import { choose, chooseValue, infoOf, type Ctx } from './env.js';
import { genEmptyRef, genHomogeneousRef } from './homogeneous.js';
import { genEnumRef, genTypedefRef } from './named.js';
import { genRecordDef, genRecordRef, newNames } from './records.js';
import { arrayOf, bitIntType, pointerTo, scalarType, VOID_TYPE } from './shared.js';
import type { Option } from './weights.js';

/**
 * Where a type is used: a parameter or return type (never an array, void or a flexible
 * struct), a member, an array element (must be array-safe), a pointee (anything, including
 * void and flexible structs) or the type a typedef names.
 */
export type Role = 'param' | 'member' | 'elem' | 'pointee' | 'typedef';

type Choice = readonly [Option<'type'>, () => Type];

export function genType(ctx: Ctx, role: Role, depth: number): Type {
  const d = ctx.d;
  const elem = role === 'elem';
  const choices: Choice[] = [
    ['scalar', () => genScalar(ctx)],
    ['enum', () => genEnumRef(ctx, elem)],
    ['record', () => genRecordRef(ctx, depth, false) ?? genScalar(ctx)],
    ['typedef', () => genTypedefRef(ctx, depth, elem)],
    ['empty', () => genEmptyRef(ctx, depth)],
  ];
  if (ctx.bitints) choices.push(['bitint', () => genBitInt(ctx)]);
  // Homogeneous aggregates are of floating-point or vector types: none in the kernel.
  if (ctx.cfg.vectors) choices.push(['homogeneous', () => genHomogeneousRef(ctx, depth)]);
  if (depth > 0) {
    choices.push(['pointer', () => pointerTo(genType(ctx, 'pointee', depth - 1))]);
    if (role === 'member') choices.push(['array-member', () => genArray(ctx, depth)]);
    if (role === 'elem' || role === 'pointee') choices.push(['array', () => genArray(ctx, depth)]);
    if (role === 'member' || role === 'typedef') choices.push(['inline-record', () => ({ t: 'record', def: genRecordDef(ctx, depth - 1, newNames(), false) })]);
  }
  if (role === 'pointee') {
    choices.push(['void', () => VOID_TYPE]);
    choices.push(['pointee-record', () => genRecordRef(ctx, depth, chance(d, 0.6)) ?? genScalar(ctx)]);
  }
  return choose(ctx, 'type', choices);
}

export function genScalar(ctx: Ctx): Type {
  return scalarType(chooseValue(ctx, 'scalar', ctx.scalars));
}

export function genBitInt(ctx: Ctx): Type {
  const unsigned = chance(ctx.d, 0.5);
  // Signed _BitInt needs a sign bit and at least one value bit.
  const bits = weighted(ctx.d, [
    [3, () => ctx.d.int(unsigned ? 1 : 2, 64)],
    [1, () => ctx.d.int(65, 128)],
  ])();
  return bitIntType(bits, unsigned);
}

export function genArray(ctx: Ctx, depth: number): Type {
  const len = chance(ctx.d, 0.1) ? 0 : ctx.d.int(1, 4);
  return arrayOf(genElement(ctx, depth - 1), len);
}

/** An array element type: redrawn as a scalar in the rare case it is not array-safe. */
export function genElement(ctx: Ctx, depth: number): Type {
  const of = genType(ctx, 'elem', Math.max(depth, 0));
  return infoOf(ctx, of).arraySafe ? of : genScalar(ctx);
}
