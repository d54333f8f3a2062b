// Every dialect switch known on aarch64: how gcc and clang versions depart from the
// AAPCS64 text in argument passing, and from gcc's layout where the text is silent. One
// file per switch; a compiler's dialect is the switches whose `appliesTo` names it.
// Adding one: docs/compiler-deviations.md, "Teaching abifuzz a new deviation".
import type { Switch } from '../../target.js';
import { clangBitfieldPosition } from '../../shared-dialects/clang-bitfield-position.js';
import { clangBitIntAlign8 } from './clang-bitint-align8.js';
import { clangByrefCopyTypedefAligned } from './clang-byref-copy-typedef-aligned.js';
import { clangByrefCopyVectorNatural } from './clang-byref-copy-vector-natural.js';
import { clangEmptyRecordOfUnnamedBitfields } from './clang-empty-record-of-unnamed-bitfields.js';
import { clangEnumAligned } from '../../shared-dialects/clang-enum-aligned.js';
import { clangF16Bf16OneHfaBase } from './clang-f16-bf16-one-hfa-base.js';
import { clangMemberAlignof } from '../../shared-dialects/clang-member-alignof.js';
import { clangNoModeField } from '../../shared-dialects/clang-no-mode-field.js';
import { clangPackedHfaStackAlign16 } from './clang-packed-hfa-stack-align16.js';
import { clangZeroWidthStopsHfa } from './clang-zero-width-stops-hfa.js';
import { clang16Bf16VectorByElement } from './clang16-bf16-vector-by-element.js';
import { clangSmallVectorReturnInV0 } from './clang-small-vector-return-in-v0.js';
import { clangInt128HvaInGprs } from './clang-int128-hva-in-gprs.js';
import { clangInt128HvaStackAlign16 } from './clang-int128-hva-stack-align16.js';
import { clangO0Int128HvaInGprs } from './clang-o0-int128-hva-in-gprs.js';
import { clangO0OneMemberHfaStackAlign16 } from './clang-o0-one-member-hfa-stack-align16.js';
import { clangO0Int128HvaStackGap } from './clang-o0-int128-hva-stack-gap.js';
import { clang17O0Int128HvaStackGap } from './clang17-o0-int128-hva-stack-gap.js';
import { clangInt128VectorReturnInGprs } from './clang-int128-vector-return-in-gprs.js';
import { clangHfaReturnUnionPadding } from './clang-hfa-return-union-padding.js';
import { clang17Int128HvaStackAlignCap16 } from './clang17-int128-hva-stack-align-cap16.js';
import { gccSmallFpVectorOnStack } from './gcc-small-fp-vector-on-stack.js';
import { gccLongDoubleVectorHalves } from './gcc-long-double-vector-halves.js';
import { gccStructModeOfOnlyMember } from './gcc-struct-mode-of-only-member.js';
import { clangBf16HfaAsScalars } from './clang-bf16-hfa-as-scalars.js';
import { gccBf16NotHfa } from './gcc-bf16-not-hfa.js';
import { gccBitfieldTypeInNaturalAlignment } from './gcc-bitfield-type-in-natural-alignment.js';
import { gccByrefCopyUnderaligned } from './gcc-byref-copy-underaligned.js';
import { gccZeroLengthArrayHfa } from './gcc-zero-length-array-hfa.js';
import { gccZeroWidthInUnionStopsHfa } from './gcc-zero-width-in-union-stops-hfa.js';
import { gcc11EmptyMemberStopsHfa } from './gcc11-empty-member-stops-hfa.js';

export const SWITCHES: readonly Switch[] = [
  gccBf16NotHfa, gccZeroWidthInUnionStopsHfa, gcc11EmptyMemberStopsHfa, clangF16Bf16OneHfaBase, clangPackedHfaStackAlign16, clangO0OneMemberHfaStackAlign16,
  gccBitfieldTypeInNaturalAlignment, clangEmptyRecordOfUnnamedBitfields, gccByrefCopyUnderaligned, clangByrefCopyTypedefAligned,
  clangEnumAligned, clangMemberAlignof, clangBitIntAlign8, clangBitfieldPosition, clangNoModeField,
  clangByrefCopyVectorNatural, gccZeroLengthArrayHfa, clangZeroWidthStopsHfa,
  clang16Bf16VectorByElement, gccSmallFpVectorOnStack, clangSmallVectorReturnInV0, clangInt128HvaInGprs, clangInt128HvaStackAlign16, clangO0Int128HvaInGprs, clangO0Int128HvaStackGap, clang17O0Int128HvaStackGap, clangInt128VectorReturnInGprs, clangHfaReturnUnionPadding, clang17Int128HvaStackAlignCap16,
  gccLongDoubleVectorHalves, gccStructModeOfOnlyMember, clangBf16HfaAsScalars,
];
