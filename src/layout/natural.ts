// The "natural alignment" of an argument's type, what a calling convention that rounds
// to the type rather than to its attributes uses (AAPCS64's C.4, C.10 and C.14). For a composite it is the largest alignment of its top-level members after
// member attributes (packed, aligned, _Alignas, #pragma pack), before the composite's own
// aligned(N) (record.ts); a bit-field counts with its declared type's alignment (gcc since
// 9.1, clang). gcc 12 also counts that declared type when `packed` or `#pragma pack`
// lowers the bit-field's alignment, clang does not: see DEVIATIONS.md. Anything else has
// the alignment of its type without typedef attributes (gcc's TYPE_MAIN_VARIANT).
import type { Shape } from './shape.js';

/** In bytes; 0 for a type of size 0 (which takes no register and no stack). */
export function naturalAlign(s: Shape): number {
  switch (s.k) {
    case 'void': return 0;
    case 'int': case 'fp': case 'complex': case 'vector':
      return s.natural;
    case 'array':
      return s.size === 0 ? 0 : s.elem.align;
    case 'record':
      return s.size === 0 ? 0 : Math.max(1, s.rec.natural);
  }
}
