// Where a compiler passes arguments otherwise than the AAPCS64 text says: each field set by
// a dialect switch (../dialects/), which holds the rule's reason and a minimal example.
// The classifier asks at each such point; an unset field is the text.
import type { Shape } from '../../../layout/shape.js';
import type { Placement } from './assign.js';
import type { HaBase, HomogeneousAggregate } from './hfa.js';

export interface PassingRules {
  /** May `base` be an HFA's member type? (The text: every floating-point type and short vector.) */
  hfaBase?: (base: HaBase) => boolean;
  /** Do two members of different base types count as one? (The text: only the same type.) */
  sameHfaBase?: (a: HaBase, b: HaBase) => boolean;
  /** Does a zero-width bit-field stop an aggregate from being an HFA? (The text: no, it holds no data.) */
  zeroWidthStopsHfa?: (inUnion: boolean) => boolean;
  /** Does a member that is an empty record of zero-width bit-fields stop an aggregate from being an HFA? (The text: no, it holds no data.) */
  zeroWidthMemberStopsHfa?: (s: Extract<Shape, { k: 'record' }>) => boolean;
  /** Does a member that is an empty record holding a zero-length array stop an aggregate from being an HFA? (The text: no.) */
  zeroLengthMemberStopsHfa?: (s: Extract<Shape, { k: 'record' }>) => boolean;
  /** An aggregate classified by the one member of non-zero size it holds (its machine mode), before its members are looked at. */
  hfaByOnlyMember?: (s: Shape) => Shape | undefined;
  /** Is a would-be HFA of `count` members not one after all? (The text: 1 to 4 members make one.) */
  notHfa?: (s: Shape, count: number) => boolean;
  /** The stack alignment of an HFA/HVA of `count` members whose natural alignment is `natural` (the text: 16 if natural is, else 8). */
  hfaStackAlign?: (natural: number, memberSize: number, count: number) => number;
  /** The natural alignment C.10 rounds NGRN for, given the argument's size in double-words. */
  roundsNgrn?: (natural: number, dwords: number) => boolean;
  /** The largest alignment C.14 rounds NSAA to (the text: no limit). */
  stackAlignCap?: number;
  /** Is a non-empty record nevertheless passed as empty (no register, no stack)? */
  passedAsEmpty?: (s: Shape) => boolean;
  /** At most this alignment for the caller's copy of a by-reference argument (the text: the type's). */
  copyAlignCap?: number;
  /** The copy's alignment for a record whose alignment a typedef raised, if not the type's. */
  typedefRecordCopyAlign?: (s: Extract<Shape, { k: 'record' }>) => number;
  /** A value passed as separate FP scalars, its vector elements (the text: a short vector, or an HVA's vectors, one register each). */
  vectorByElement?: (s: Shape) => HomogeneousAggregate | undefined;
  /** Is the argument passed on the stack even with general registers left, as if they had run out (NGRN = 8)? (The text: never.) */
  inMemory?: (s: Shape) => boolean;
  /** An argument passed as an HFA/HVA although the text says otherwise (a vector as its halves, say). */
  argAsHfa?: (s: Shape) => HomogeneousAggregate | undefined;
  /**
   * Is an HVA passed in general registers, as a composite of its size, and from which
   * register: `even` rounds NGRN up to even whatever the natural alignment (and takes a
   * 16-aligned stack slot), as for an `__int128`, `next` does
   * not round; `straddle`: `next`, and one double-word short of registers, that last one
   * goes on the stack (C.13 would put it all there). (The text: SIMD/FP registers.)
   */
  hvaInGprs?: (s: Shape) => 'even' | 'next' | 'straddle' | undefined;
  /** The stack alignment of an HVA passed in general registers (hvaInGprs) where it goes on the stack (none: its natural alignment, as C.14 takes it). */
  gprHvaStackAlign?: (s: Shape) => number | undefined;
  /** For an argument on the stack: the byte from which the rest lies 8 bytes further up (the text: none). */
  stackGapAt?: (s: Shape) => number | undefined;
  /** A result returned as its separate elements, one per SIMD/FP register from v0, though passed otherwise (the text: as passed). */
  returnByElement?: (s: Shape) => HomogeneousAggregate | undefined;
  /** Where a returned value goes, if not where it would be passed as the first argument. */
  returnAt?: (s: Shape) => Placement | undefined;
  /** A result returned part by part as its IR type comes apart, where that differs from the text (a union's padding bytes). */
  returnedByIrParts?: (s: Shape) => Placement | undefined;
  /** Is a returned value in x0, x1 although the text says otherwise? */
  returnInGprs?: (s: Shape) => boolean;
  /** The copy's alignment for a vector, if not the type's. */
  vectorCopyAlign?: (s: Extract<Shape, { k: 'vector' }>) => number;
}
