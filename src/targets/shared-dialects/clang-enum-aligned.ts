// A layout deviation of the compiler itself, the same on every target.
import type { Switch } from '../target.js';
import { clang } from './which.js';

/** aarch64/DEVIATIONS.md 4. */
export const clangEnumAligned: Switch = {
  name: 'clang-enum-aligned',
  rule: "`aligned(N)` after an enum's closing brace sets the enum's alignment, raising or lowering it",
  reason: 'clang applies the attribute to the enum type; gcc ignores it there (with a warning)',
  example: 'enum e { A = 1 } __attribute__((aligned(16)));\nstruct s { enum e a; };\nvoid f(struct s x);   /* clang: struct s is 16 bytes (aarch64: x0, x1; x86-64: rdi, rsi); gcc: 4 bytes */',
  appliesTo: clang(),
  layout: { enumAlign: (size, aligned) => aligned ?? size },
};
