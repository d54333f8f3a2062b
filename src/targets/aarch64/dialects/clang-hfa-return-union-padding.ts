import type { Shape } from '../../../layout/shape.js';
import type { Switch } from '../../target.js';
import type { Placement } from '../aapcs64/assign.js';
import { homogeneousAggregate } from '../aapcs64/hfa.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { ofIntegers } from './vectors.js';
import { clang } from './which.js';

/**
 * What clang's IR type of a value is made of, in order: floating-point or vector values
 * (`fp`, with their size), vectors of `__int128` (`i128`: LLVM returns each as an i128,
 * in a pair of general registers) and the bytes of a union's padding (`byte`). Only the
 * parts an HFA/HVA can hold are told apart; anything else counts by its alignment alone.
 */
type Leaf = { fp: number } | 'i128' | 'byte';

interface IrType {
  /** The IR type's ABI alignment: 1 for a packed IR struct. */
  align: number;
  leaves: Leaf[];
}

/**
 * The IR type clang lowers `s` to (CGRecordLowering): a union is its storage member, the
 * one whose IR type is the most aligned (the larger on a tie, the first on a full tie),
 * then an i8 array up to the union's size; a struct is its members. An IR struct is
 * packed (alignment 1) when its size is no multiple of its members' alignment.
 */
function irType(s: Shape): IrType {
  switch (s.k) {
    case 'fp': return { align: s.size, leaves: [{ fp: s.size }] };
    case 'complex': return { align: s.size / 2, leaves: [{ fp: s.size / 2 }, { fp: s.size / 2 }] };
    // LLVM aligns a vector to its size (its own, not the C type's attributes).
    case 'vector': return { align: s.size, leaves: [ofIntegers(16)(s) ? 'i128' : { fp: s.size }] };
    case 'array': {
      const e = irType(s.elem);
      return { align: e.align, leaves: Array.from({ length: s.len }, () => e.leaves).flat() };
    }
    case 'record': return s.rec.def.kind === 'union' ? unionIr(s) : structIr(s);
    // The IR type of an integer or pointer knows no typedef's aligned(N): its own alignment.
    case 'int': return { align: Math.min(s.natural, 16), leaves: [] };
    default: return { align: 1, leaves: [] };
  }
}

function unionIr(s: Extract<Shape, { k: 'record' }>): IrType {
  let storage: { ir: IrType; size: number } | undefined;
  for (const f of s.rec.fields) {
    if (f.bitfield && f.bits === 0) continue;
    const ir = irType(f.shape);
    if (!storage || ir.align > storage.ir.align || (ir.align === storage.ir.align && f.shape.size > storage.size)) storage = { ir, size: f.shape.size };
  }
  if (!storage) return { align: 1, leaves: bytes(s.size) };
  const align = s.size % storage.ir.align === 0 ? storage.ir.align : 1;
  return { align, leaves: [...storage.ir.leaves, ...bytes(s.size - storage.size)] };
}

function structIr(s: Extract<Shape, { k: 'record' }>): IrType {
  const members = s.rec.fields.filter((f) => !(f.bitfield && f.bits === 0)).map((f) => irType(f.shape));
  const align = Math.max(1, ...members.map((m) => m.align));
  return { align: s.size % align === 0 ? align : 1, leaves: members.flatMap((m) => m.leaves) };
}

const bytesIn = (reg: string, n: number): string[] => Array.from({ length: n }, (_, j) => `${reg}.${j}`);

const bytes = (n: number): Leaf[] => Array.from({ length: Math.max(0, n) }, () => 'byte' as const);

/**
 * An HFA/HVA result whose IR type holds a union's padding bytes, or `__int128` vectors
 * among others: each floating-point or vector part in the next SIMD/FP register, each
 * `__int128` vector in the next two general registers, each padding byte in the low byte
 * of the next general register; through x8 when either kind runs past 8 registers.
 */
export function returnedByIrParts(s: Shape): Placement | undefined {
  if (!homogeneousAggregate(s)) return undefined;
  const { leaves } = irType(s);
  const mixed = leaves.includes('i128') && leaves.some((l) => l !== 'i128');
  if (!leaves.includes('byte') && !mixed) return undefined;
  const at: string[] = [];
  let v = 0;
  let x = 0;
  for (const leaf of leaves) {
    if (leaf === 'byte') at.push(`x${x++}.0`);
    else if (leaf === 'i128') at.push(...bytesIn(`x${x}`, 8), ...bytesIn(`x${x + 1}`, 8)), (x += 2);
    else at.push(...bytesIn(`v${v++}`, leaf.fp));
  }
  if (v > 8 || x > 8) return { where: 'ref', via: 'x8' };
  return { where: 'members', stride: 1, pieces: at.map((b) => b.split('.')[0]!), bytes: at };
}

export const clangHfaReturnUnionPadding: Switch = {
  name: 'clang-hfa-return-union-padding',
  rule: "a returned HFA/HVA holding a union whose most aligned member is smaller than the union (an empty record of a more aligned zero-length array, say), or `__int128` vectors among other vectors, comes back part by part: its floating-point and vector parts in v0, v1, …, each `__int128` vector in a pair of general registers and the union's padding one byte per general register, from x0; through x8 past 8 of either",
  reason: "clang returns an HFA as its IR type, uncoerced (an argument is coerced to an array of the base type). A union's IR type is its most aligned member's (by LLVM's alignment: a vector's is its size), padded with i8s to its size; LLVM returns every i8 in a register of its own, a `<1 x i128>` as an i128 in two, and demotes the result to x8 when the registers run out",
  example: 'struct e8 { double d[0]; };\nunion u { struct { float a, b; } f; struct e8 e; };\nstruct m { float a[2]; union { struct e8 e; float f[2]; } u; };\nunion u f(void);   /* clang: bytes in x0.0, x1.0, … x7.0; gcc and the text: v0, v1 */\nstruct m g(void);   /* clang: a in v0, v1, u in x0.0 … x7.0; gcc and the text: v0..v3 */\nvoid h(union u x);   /* everyone: v0, v1 */\ntypedef signed char v16c __attribute__((vector_size(16)));\ntypedef __int128 v1q __attribute__((vector_size(16)));\nstruct mix { v16c a; v1q b; };\nstruct mix k(void);   /* clang: a in v0, b in x0, x1; gcc and the text: v0, v1 */',
  appliesTo: clang(),
  passing: { returnedByIrParts } satisfies PassingRules,
};
