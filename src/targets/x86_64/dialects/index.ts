// Every dialect switch known on x86-64: how gcc and clang versions depart from the SysV
// psABI text in argument passing, and from gcc's layout where the text is silent. One file
// per switch; the layout ones are the compilers' own on every target (shared-dialects/).
import type { Switch } from '../../target.js';
import { clangBitfieldPosition } from '../../shared-dialects/clang-bitfield-position.js';
import { clangEnumAligned } from '../../shared-dialects/clang-enum-aligned.js';
import { clangMemberAlignof } from '../../shared-dialects/clang-member-alignof.js';
import { clangNoModeField } from '../../shared-dialects/clang-no-mode-field.js';
import { clangFlexibleArrayInMemory } from './clang-flexible-array-in-memory.js';
import { clangInt128ExhaustsGprs } from './clang-int128-exhausts-gprs.js';
import { clangOneDoubleVectorReturnedInXmm } from './clang-one-double-vector-returned-in-xmm.js';
import { clangSmallVectorsInteger } from './clang-small-vectors-integer.js';
import { clangWideVectorReturnedInRegisters } from './clang-wide-vector-returned-in-registers.js';
import { clangUnnamedBitfieldsIgnored } from './clang-unnamed-bitfields-ignored.js';
import { clang16Int128Split } from './clang16-int128-split.js';
import { clang16Int128StackAlign8 } from './clang16-int128-stack-align8.js';
import { gccAlignofAbiMinimum } from './gcc-alignof-abi-minimum.js';
import { clangMembersAlignedByType } from './clang-members-aligned-by-type.js';
import { clang16MemberTypedefAlignment } from './clang16-member-typedef-alignment.js';
import { clangArrayElementsEachClassified } from './clang-array-elements-each-classified.js';
import { clangUnionBitfieldsAsBits } from './clang-union-bitfields-as-bits.js';
import { clangEmptyRecordsInMemory } from './clang-empty-records-in-memory.js';
import { gccInt128VectorMemberOneEightbyte } from './gcc-int128-vector-member-one-eightbyte.js';
import { gcc11ZeroWidthBitfieldsInteger } from './gcc11-zero-width-bitfields-integer.js';
import { clangHalfPairLowInteger } from './clang-half-pair-low-integer.js';
import { clangLongDoubleVectorsPacked } from './clang-long-double-vectors-packed.js';
import { clang22Int128StorageWhole } from './clang22-int128-storage-whole.js';
import { gccComplexHalfClaimsNextEightbyte } from './gcc-complex-half-claims-next-eightbyte.js';
import { clangLongDoubleVectorSse } from './clang-long-double-vector-sse.js';
import { clangSseTypedByIr } from './clang-sse-typed-by-ir.js';
import { clangO0Bf16Requieted } from './clang-o0-bf16-requieted.js';
import { clangDemotedReturnUncounted } from './clang-demoted-return-uncounted.js';
import { clang18LlvmI128Align16 } from './clang18-llvm-i128-align16.js';

export const SWITCHES: readonly Switch[] = [
  clangEnumAligned, clangMemberAlignof, clangBitfieldPosition, clangNoModeField, gccAlignofAbiMinimum,
  clangUnnamedBitfieldsIgnored, clangFlexibleArrayInMemory, clangSmallVectorsInteger, clangOneDoubleVectorReturnedInXmm, clangWideVectorReturnedInRegisters,
  clang16Int128Split, clang16Int128StackAlign8, clangInt128ExhaustsGprs,
  clangMembersAlignedByType, clang16MemberTypedefAlignment, clangArrayElementsEachClassified, clangUnionBitfieldsAsBits, clangEmptyRecordsInMemory, gcc11ZeroWidthBitfieldsInteger, gccInt128VectorMemberOneEightbyte,
  clangHalfPairLowInteger, clangLongDoubleVectorsPacked, clang22Int128StorageWhole, gccComplexHalfClaimsNextEightbyte, clangLongDoubleVectorSse, clangSseTypedByIr, clangO0Bf16Requieted, clangDemotedReturnUncounted,
  clang18LlvmI128Align16,
];
