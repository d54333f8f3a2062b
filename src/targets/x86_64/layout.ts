// x86-64's own types where they depart from the scalar table and the engine's aarch64
// defaults: the x87 long double, _BitInt in 8-byte chunks, unnamed bit-fields that raise
// no alignment, vectors aligned to their size. Every dialect of the target starts here.
import type { LayoutRules } from '../../layout/rules.js';
import { X87_SCALARS, x86BitIntLayout } from '../../layout/scalars.js';

export const X86_LAYOUT: LayoutRules = Object.freeze({ scalars: X87_SCALARS, bitInt: x86BitIntLayout, anonBitFieldsAlign: false, vectorAlignCap: Infinity });
