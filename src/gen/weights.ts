// The generator's weighted choices, by name: each choice point lists its options, and a
// table of weights says how often each is taken. The weights are static data (never
// adapted from what a campaign has seen), so prototype i of seed s stays a pure function
// of (s, i, profile). BASE is the hand-set table; TUNED (weights-tuned.ts) is derived
// from it by bench/coverage-weights.ts toward rule x feature combinations that BASE
// reaches rarely.
import { SCALARS, type Scalar } from '../c/ir.js';
import { TUNED } from './weights-tuned.js';

/** A choice point's options, in a fixed order. */
export const CHOICES = {
  /** What genType makes (each role offers some of them; see types.ts). */
  type: ['scalar', 'bitint', 'enum', 'record', 'typedef', 'pointer', 'array-member', 'array', 'inline-record', 'void', 'pointee-record', 'homogeneous', 'empty'],
  scalar: Object.keys(SCALARS) as Scalar[],
  /** A new typedef: of a type, or a GNU vector. */
  typedef: ['plain', 'vector'],
  vectorSize: ['2', '4', '8', '16', '32', '64'],
  vectorElement: ['char', 'schar', 'uchar', 'short', 'ushort', 'int', 'uint', 'long', 'ulong', 'llong', 'ullong', 'int128', 'uint128', 'float16', 'bf16', 'float', 'double', 'ldouble'],
  /** A homogeneous aggregate's base type: a floating type, or a short vector of 8 or 16 bytes. */
  haBase: ['float16', 'bf16', 'float', 'double', 'ldouble', 'v8', 'v16'],
  /** Its number of base members; 5 is one too many for an HFA/HVA. */
  haCount: ['1', '2', '3', '4', '5'],
  /** How the members are spelled: one by one, one array, a member then an array, nesting, a union, `_Complex` pairs. */
  haForm: ['flat', 'array', 'split', 'nested', 'union', 'complex'],
  /** What is added to it: nothing, or an edge of the HFA rules (some keep it one, some break it; mixed-vector: a vector of the same size and another element type). */
  haExtra: ['none', 'zero-length-array', 'empty-member', 'zero-width-bitfield', 'packed', 'aligned', 'pragma-pack', 'member-aligned', 'other-member', 'mixed-vector'],
  /** An empty record: `{}`, only zero-length arrays, an empty record member, a zero-width bit-field. */
  emptyForm: ['bare', 'zero-length-array', 'nested-empty', 'zero-width-bitfield'],
  params: ['0-5', '6-10', '11-15', '16-20'],
  ret: ['void', 'value'],
  members: ['1', '2', '3', '4', '5', '6'],
  member: ['plain', 'bitfield', 'unnamed-bitfield', 'zero-bitfield', 'anonymous'],
  recordKind: ['struct', 'union'],
  pack: ['none', '1', '2', '4', '8', '16'],
} as const;

export type Point = keyof typeof CHOICES;
export type Option<P extends Point> = (typeof CHOICES)[P][number];
export type Weights = { [P in Point]: Record<Option<P>, number> };
/** A table that overrides some weights of another. */
export type WeightPatch = { [P in Point]?: Partial<Record<Option<P>, number>> };

const each = <K extends string>(keys: readonly K[], w: number): Record<K, number> => Object.fromEntries(keys.map((k) => [k, w])) as Record<K, number>;

/** Hand-set: the generator's weights before any were derived (integers: draws are integers). */
export const BASE: Weights = {
  type: { scalar: 10, bitint: 2, enum: 2, record: 4, typedef: 2, pointer: 3, 'array-member': 3, array: 1, 'inline-record': 1, void: 2, 'pointee-record': 3, homogeneous: 3, empty: 1 },
  scalar: each(CHOICES.scalar, 1),
  typedef: { plain: 7, vector: 3 },
  vectorSize: { 2: 1, 4: 1, 8: 2, 16: 2, 32: 1, 64: 1 },
  vectorElement: each(CHOICES.vectorElement, 1),
  haBase: each(CHOICES.haBase, 1),
  haCount: each(CHOICES.haCount, 1),
  haForm: { flat: 4, array: 2, split: 1, nested: 2, union: 1, complex: 1 },
  haExtra: { none: 16, 'zero-length-array': 1, 'empty-member': 1, 'zero-width-bitfield': 1, packed: 1, aligned: 1, 'pragma-pack': 1, 'member-aligned': 1, 'other-member': 1, 'mixed-vector': 1 },
  emptyForm: { bare: 2, 'zero-length-array': 2, 'nested-empty': 1, 'zero-width-bitfield': 1 },
  params: { '0-5': 4, '6-10': 12, '11-15': 1, '16-20': 1 },
  ret: { void: 3, value: 17 },
  members: { 1: 3, 2: 4, 3: 3, 4: 2, 5: 1, 6: 1 },
  member: { plain: 10, bitfield: 3, 'unnamed-bitfield': 1, 'zero-bitfield': 1, anonymous: 1 },
  recordKind: { struct: 3, union: 1 },
  pack: { none: 40, 1: 1, 2: 1, 4: 1, 8: 1, 16: 1 },
};

export function patched(base: Weights, patch: WeightPatch): Weights {
  const out = {} as Record<Point, Record<string, number>>;
  for (const p of Object.keys(base) as Point[]) out[p] = { ...base[p], ...(patch[p] as Record<string, number> | undefined) };
  return out as Weights;
}

export type WeightSet = 'base' | 'tuned';

const tables = new Map<string, Weights>();

/** The weights a profile's generator uses by default (`tuned`), or the hand-set ones. */
export function weightsFor(profile: 'user' | 'kernel', set: WeightSet = 'tuned'): Weights {
  const key = `${profile} ${set}`;
  let w = tables.get(key);
  if (!w) tables.set(key, (w = set === 'base' ? BASE : patched(BASE, TUNED[profile])));
  return w;
}
