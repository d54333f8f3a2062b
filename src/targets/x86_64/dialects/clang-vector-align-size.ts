import type { Switch } from '../../target.js';
import { clang } from '../../shared-dialects/which.js';

export const clangVectorAlignSize: Switch = {
  name: 'clang-x86-vector-align-size',
  rule: 'a GNU vector of 32 or 64 bytes is aligned to its size, also without AVX',
  reason: "clang's x86-64 target aligns a vector type to its size whatever the enabled features; gcc caps it at BIGGEST_ALIGNMENT, 16 bytes without -mavx",
  example: 'typedef int v8i __attribute__((vector_size(32)));\nstruct s { char c; v8i v; };\nvoid f(int a, struct s x);   /* clang: v at 32, x 64 bytes at stack+0; gcc: v at 16, x 48 bytes */',
  appliesTo: clang(),
  layout: { vectorAlignCap: Infinity },
};
