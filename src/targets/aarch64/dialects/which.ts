// Which compilers a switch describes, written as a reader says it: "gcc up to 12",
// "clang from 16", "clang 19 at -O0".
import type { CompilerAt } from '../../target.js';

type Which = (c: CompilerAt) => boolean;

export const gcc = (from = 0, upTo = Infinity): Which => (c) => c.family === 'gcc' && c.version >= from && c.version <= upTo;
export const clang = (from = 0, upTo = Infinity): Which => (c) => c.family === 'clang' && c.version >= from && c.version <= upTo;
export const at = (opt: string, which: Which): Which => (c) => c.opt === opt && which(c);
export const either = (...which: Which[]): Which => (c) => which.some((w) => w(c));
