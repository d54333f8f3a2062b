import type { Switch } from '../../target.js';
import { clang } from './which.js';

export const clangBitIntAlign8: Switch = {
  name: 'clang-bitint-align8',
  rule: '`_BitInt(N)` above 64 bits is laid out in 8-byte words, 8-aligned',
  reason: 'clang before 18 gave `_BitInt` the alignment of `long` at most; clang 18 follows the AAPCS64 `_BitInt` rules (16-byte chunks, 16-aligned)',
  example: 'void f(long a, _BitInt(72) b);   /* clang 14/16: b 16 bytes, 8-aligned, in x1, x2; clang 19: 16-aligned, in x2, x3 */',
  appliesTo: clang(0, 17),
  layout: {
    bitInt: (bits) => {
      if (bits > 64) return { size: 8 * Math.ceil(bits / 64), align: 8 };
      const size = bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : 8;
      return { size, align: size };
    },
  },
};
