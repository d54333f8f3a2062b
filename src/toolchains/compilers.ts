// Every compiler version abifuzz knows. Adding one is one line here: the configs, `doctor`
// and docker/install.sh (through `abifuzz doctor --packages`) all take it from this table.
export type Family = 'gcc' | 'clang';

export interface CompilerVersion {
  family: Family;
  version: number;
  /** Not every distribution ships it: installed when available, run when installed. */
  optional?: boolean;
}

export const COMPILERS: readonly CompilerVersion[] = [
  { family: 'gcc', version: 11, optional: true },
  { family: 'gcc', version: 12 },
  { family: 'clang', version: 14 },
  { family: 'clang', version: 16 },
  { family: 'clang', version: 19 },
];

/** Knows `_BitInt(N)` (C23): gcc from 14, every clang abifuzz runs. */
export const hasBitInt = (c: CompilerVersion): boolean => c.family === 'clang' || c.version >= 14;
