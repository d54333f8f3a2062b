// Which compilers a switch describes on aarch64: every target's words (shared-dialects/
// which.ts) and "clang 19 at -O0" by instruction selector.
import type { Which } from '../../shared-dialects/which.js';

export { clang, gcc } from '../../shared-dialects/which.js';
/**
 * clang's instruction selectors on aarch64: GlobalISel compiles at -O0 unless it gives up
 * on a function (an instruction it cannot legalize), then SelectionDAG does, as at -O2.
 * Several switches are one selector's and not the other's.
 */
export const globalIsel = (which: Which): Which => (c) => c.family === 'clang' && c.opt === 'O0' && !c.fellBack && which(c);
export const selectionDag = (which: Which): Which => (c) => c.family === 'clang' && (c.opt !== 'O0' || c.fellBack === true) && which(c);
export const either = (...which: Which[]): Which => (c) => which.some((w) => w(c));
