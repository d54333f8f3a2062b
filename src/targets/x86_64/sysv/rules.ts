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
   * stays free.
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
}

/** The text's rules: none set. */
export const TEXT_RULES: SysvRules = Object.freeze({});
