// Which compilers a switch describes, written as a reader says it: "gcc up to 12",
// "clang from 16".
import type { CompilerAt } from '../target.js';

export type Which = (c: CompilerAt) => boolean;

export const gcc = (from = 0, upTo = Infinity): Which => (c) => c.family === 'gcc' && c.version >= from && c.version <= upTo;
export const clang = (from = 0, upTo = Infinity): Which => (c) => c.family === 'clang' && c.version >= from && c.version <= upTo;
