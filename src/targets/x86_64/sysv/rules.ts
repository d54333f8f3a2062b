// Where a compiler passes arguments otherwise than the x86-64 psABI text (§3.2.3) says, or
// where the text is silent and compilers disagree: each field is set by a dialect switch
// later. An unset field is the text, and where the text is silent, gcc (as the layout
// engine follows gcc). Every knob here was seen to matter in gcc-12 or clang 14–22 output.
export interface SysvRules {
  /**
   * Vectors (and aggregates of one) of 32 bytes are SSE + SSEUP×3 in one ymm, as with
   * -mavx. The text without AVX, and the default: larger than 16 bytes is MEMORY.
   */
  avx?: boolean;
  /** Likewise 64-byte vectors in one zmm (-mavx512f); implies `avx`. */
  avx512?: boolean;
  /**
   * The largest alignment a stack argument is rounded to (the text: none; gcc 12 and
   * clang 19 both align a 64-byte-aligned struct to 64).
   */
  stackAlignCap?: number;
  /**
   * Unnamed bit-fields of non-zero width classify nothing (clang 14–22 treat them as
   * padding). gcc, the default: they are storage, INTEGER for the eightbytes they cover.
   */
  unnamedBitFieldsIgnored?: boolean;
  /**
   * A record with a flexible array member is MEMORY (clang 14–22). gcc, the default:
   * the flexible array is ignored, as the text's silence suggests.
   */
  flexibleArrayInMemory?: boolean;
  /**
   * A vector under 8 bytes is INTEGER whatever its element (clang). gcc, the default,
   * classifies it by its machine mode: integer elements INTEGER, two or more
   * floating-point elements SSE, a single floating-point element MEMORY.
   */
  smallVectorsInteger?: boolean;
  /**
   * A vector of one double is returned in xmm0 (clang). gcc, the default, returns it in
   * memory; both pass it in memory.
   */
  oneDoubleVectorReturnedInXmm?: boolean;
  /**
   * An __int128 with one general register left goes half in it and half on the stack
   * (clang ≤ 16). The text: whole on the stack, the register free for later arguments.
   */
  int128Split?: boolean;
  /**
   * An __int128 that goes to the stack for want of a second general register leaves the
   * last one unused by later arguments too (clang 19). The text (gcc 12, clang 22): it
   * stays free. Where the frontend's count differs and finds two, its halves are assigned
   * one by one instead: the low half in the last register, the high half on the stack.
   */
  int128ExhaustsGprs?: boolean;
  /**
   * A vector of 32 or 64 bytes (no AVX) is returned in registers, as LLVM returns its IR
   * type: 16 bytes in each of xmm0..xmm3, or two long doubles in st0 and st1 (clang). The
   * text, and gcc: MEMORY, through rdi.
   */
  wideVectorsReturnedInRegisters?: boolean;
  /** A bare __int128 passed on the stack is 8-aligned (LLVM before 17: i128 was 8-aligned). The text: 16. */
  int128StackAlign8?: boolean;
  /**
   * A zero-width bit-field that starts inside an eightbyte makes it INTEGER (gcc ≤ 11).
   * The default (gcc 12, clang): it classifies nothing.
   */
  zeroWidthBitFieldsInteger?: boolean;
  /**
   * A member that is not a bit-field, at an offset that is not a multiple of its type's
   * alignment (a record's own, attributes on the record or its members included; a
   * typedef's not), makes the aggregate MEMORY (clang). Alignment is checked there only:
   * a scalar whose alignment was lowered (an enum's aligned(1)) is classified wherever it
   * sits, in the eightbyte it starts in, and passes nothing of its bytes past it. The
   * default (gcc): only the scalars in it must be aligned, each to its own size.
   */
  membersAlignedByType?: boolean;
  /**
   * With `membersAlignedByType`, the member's type is the one it is declared with, a
   * typedef's aligned(N) included (clang 14, 16). Without: the canonical type (clang 19, 22).
   */
  memberTypedefAlignment?: boolean;
  /**
   * Each element of an array is classified at its own offset (clang): a zero-length array
   * classifies nothing, and a packed element's unaligned members make the aggregate
   * MEMORY. The default (gcc): the element type is classified once, at the array's offset,
   * for every eightbyte the array touches (a zero-length one starting inside an eightbyte
   * is classified there by its element: MEMORY for an unaligned scalar in it).
   */
  arrayElementsEachClassified?: boolean;
  /**
   * A bit-field in a union is INTEGER in the eightbytes its bits touch, wherever the union
   * is (clang). The default (gcc): it is an integer of the narrowest mode holding its
   * width (a byte for a zero-width one), and MEMORY unless the union's offset is a
   * multiple of that mode's size.
   */
  unionBitFieldsAsBits?: boolean;
  /**
   * An aggregate that holds no data (only unnamed bit-fields and members of size 0) but
   * classifies MEMORY is passed on the stack and returned through rdi like any other
   * (clang). The default (gcc): as an empty type it takes no stack and no buffer.
   */
  emptyRecordsInMemoryTakeSpace?: boolean;
  /**
   * A vector of one __int128 inside an aggregate classifies one SSE eightbyte, not SSE and
   * SSEUP (gcc: V1TImode's class): a struct member leaves its second eightbyte NO_CLASS, an
   * array repeats SSE in it. The text (clang): SSE, SSEUP, one vector register.
   */
  int128VectorMemberOneEightbyte?: boolean;
  /**
   * An aggregate whose SSE first eightbyte clang types `<2 x half>` (two 16-bit floats at
   * bytes 0 and 2, nothing from byte 4) and whose second eightbyte's type is aligned to
   * less than 8 has its first eightbyte passed and returned as an i64: in a general
   * register (clang 16-22). The default classifies and passes it SSE.
   */
  halfPairLowInteger?: boolean;
  /**
   * A vector of long double keeps its elements 10 bytes apart (clang: LLVM's
   * <N x x86_fp80>), against a C layout of one per 16 bytes: only its first element's
   * bytes arrive where the layout has them. The default (gcc): the C layout.
   */
  longDoubleVectorsPacked?: boolean;
  /**
   * An aggregate of two eightbytes, one INTEGER and one NO_CLASS, whose LLVM type begins
   * with an i128 is passed as that i128 from its INTEGER eightbyte on, in two general
   * registers; the frontend counts two for a first INTEGER eightbyte, one for a second
   * (clang 22). The default: one register.
   */
  int128StorageWhole?: boolean;
  /**
   * A _Complex _Float16 inside an aggregate, not at the start of an eightbyte, makes the
   * next eightbyte SSE too, even when it ends in its own (gcc 12: HCmode classified as
   * SCmode, which at such an offset always straddles). The text: only the eightbytes it covers.
   */
  complexHalfClaimsNextEightbyte?: boolean;
  /**
   * A vector of one long double is a 16-byte vector, SSE and SSEUP (clang). Passed bare, or
   * as a struct's single element, its LLVM type <1 x x86_fp80> goes to the backend as an
   * x87 value: on the stack, returned in st0, though the frontend counts an xmm register.
   * The default (gcc): MEMORY, as a vector of long double.
   */
  longDoubleVectorSse?: boolean;
  /**
   * An SSE eightbyte in an xmm register of its own carries only the IR type clang's
   * GetSSETypeAtOffset picks for it: a lone float, half or bfloat (a union's float, say,
   * over a struct of halves) leaves the eightbyte's other bytes unpassed, unless it is the
   * first of two and the second's IR type is aligned under 8, which widens it to double
   * (clang). The default: the whole eightbyte.
   */
  sseTypedByIr?: boolean;
  /**
   * Each __bf16 of an argument passed in an xmm register goes through float and back
   * (clang 17 on at -O0: __truncsfbf2), which quiets a signaling NaN: the low byte of each
   * is not predicted. The default: passed as it is.
   */
  bf16ArgumentsRequieted?: boolean;
  /**
   * A vector result the backend itself turns into a buffer in rdi (of __int128 wider than
   * 16 bytes, of four long doubles) is not counted by the frontend: it starts its count of
   * general registers at rdi, the backend at rsi (clang). The default: rdi taken.
   */
  demotedReturnUncounted?: boolean;
  /**
   * clang's LLVM aligns i128, and the wider integers _BitInt(65) and up are stored as, to
   * 16 (LLVM 18 on): which member is a union's LLVM storage, and which LLVM structs are
   * packed, follow it (clang-ir.ts). The default: 8, as LLVM 17 and before.
   */
  llvmI128Align16?: boolean;

}

/** The text's rules: none set. */
export const TEXT_RULES: SysvRules = Object.freeze({});
