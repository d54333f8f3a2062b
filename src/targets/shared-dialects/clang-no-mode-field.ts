// A layout deviation of the compiler itself, the same on every target.
import type { Switch } from '../target.js';
import { clang } from './which.js';

/** aarch64/DEVIATIONS.md 6. */
export const clangNoModeField: Switch = {
  name: 'clang-no-mode-field',
  rule: 'a bit-field that exactly fills an integer mode on its boundary stays a bit-field: its alignment stays its type\'s',
  reason: "gcc's layout_decl turns such a bit-field into an ordinary field of the mode, with the mode's alignment, which raises the record's alignment for an under-aligned typedef; clang has no such step",
  example: 'typedef long l1 __attribute__((aligned(1)));\nstruct h { l1 x : 64; };\nvoid f(struct h a);   /* clang: align 1; gcc: align 8 */',
  appliesTo: clang(),
  layout: { modeFieldPromotes: false },
};
