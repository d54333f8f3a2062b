import type { Switch } from '../../target.js';
import type { PassingRules } from '../aapcs64/rules.js';
import { gcc } from './which.js';

export const gccSmallFpVectorOnStack: Switch = {
  name: 'gcc-small-fp-vector-on-stack',
  rule: 'a GNU vector of floating-point elements smaller than 8 bytes is passed on the stack, and the general registers left go unused (NGRN = 8)',
  reason: 'gcc has no machine mode for a 2- or 4-byte floating-point vector: the vector is BLKmode, which the aarch64 back end passes in memory as it does a composite that no longer fits in registers; an integer vector of that size has an integer mode and goes in a general register, as the text says of a small composite',
  example: 'typedef float v1f __attribute__((vector_size(4)));\nvoid f(v1f v, int y, float z);   /* gcc: v at stack+0, y at stack+8, z in v0; clang and the text: v in x0, y in x1, z in v0 */',
  appliesTo: gcc(),
  passing: { inMemory: (s) => s.k === 'vector' && s.size < 8 && s.fp !== undefined } satisfies PassingRules,
};
