// Which compilers a switch describes, written as a reader says it: "gcc up to 12",
// "clang from 16", "clang 19 at -O0".
import type { CompilerAt } from '../../target.js';

type Which = (c: CompilerAt) => boolean;

export const gcc = (from = 0, upTo = Infinity): Which => (c) => c.family === 'gcc' && c.version >= from && c.version <= upTo;
export const clang = (from = 0, upTo = Infinity): Which => (c) => c.family === 'clang' && c.version >= from && c.version <= upTo;
/**
 * clang's instruction selectors on aarch64: GlobalISel compiles at -O0 unless it gives up
 * on a function (an instruction it cannot legalize), then SelectionDAG does, as at -O2.
 * Several switches are one selector's and not the other's.
 */
export const globalIsel = (which: Which): Which => (c) => c.family === 'clang' && c.opt === 'O0' && !c.fellBack && which(c);
export const selectionDag = (which: Which): Which => (c) => c.family === 'clang' && (c.opt !== 'O0' || c.fellBack === true) && which(c);
export const either = (...which: Which[]): Which => (c) => which.some((w) => w(c));
