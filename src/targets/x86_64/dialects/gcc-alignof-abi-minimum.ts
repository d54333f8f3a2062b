import type { Switch } from '../../target.js';
import { gcc } from '../../shared-dialects/which.js';
import { userAligned } from '../../../layout/user-align.js';

/** BIGGEST_ALIGNMENT without -mavx: 128 bits. */
const BIGGEST = 16;

export const gccAlignofAbiMinimum: Switch = {
  name: 'gcc-x86-alignof-abi-minimum',
  rule: '`_Alignof` of a type whose alignment no attribute asked for is at most 16, though a 32- or 64-byte vector, or a record of one, is laid out and passed at its full alignment',
  reason: "gcc's C11 _Alignof answers min_align_of_type, which caps TYPE_ALIGN at BIGGEST_ALIGNMENT (16 bytes without -mavx) unless TYPE_USER_ALIGN; __alignof__ and layout use TYPE_ALIGN (a vector's size). clang answers the alignment it lays out with",
  example: 'typedef int v8i __attribute__((vector_size(32)));\nstruct s { char c; v8i v; };\nvoid f(struct s x);   /* gcc: _Alignof(struct s) 16, sizeof 64, v at 32; clang: _Alignof 32 */',
  appliesTo: gcc(),
  layout: { alignof: (s) => (userAligned(s) ? s.align : Math.min(s.align, BIGGEST)) },
};
