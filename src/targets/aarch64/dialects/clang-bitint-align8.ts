import type { Switch } from '../../target.js';
import { clang } from './which.js';

export const clangBitIntAlign8: Switch = {
  name: 'clang-bitint-align8',
  rule: '`_BitInt(N)` above 64 bits is laid out in 8-byte words, 8-aligned, but passed as a 128-bit integer is (even registers, 16-aligned on the stack)',
  reason: 'clang before 18 gave `_BitInt` the alignment of `long` at most; its back end passes one of 65 to 128 bits as i128; clang 18 follows the AAPCS64 `_BitInt` rules (16-byte chunks, 16-aligned)',
  example: 'struct s { char c; _BitInt(72) b; };\nvoid f(long a, _BitInt(72) b, struct s c);   /* clang 14/16: b in x2, x3, struct s is 24 bytes; clang 19: 32 bytes */',
  appliesTo: clang(0, 17),
  layout: {
    bitInt: (bits) => {
      if (bits > 64) return { size: 8 * Math.ceil(bits / 64), align: 8, natural: 16 };
      const size = bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : 8;
      return { size, align: size, natural: size };
    },
  },
};
