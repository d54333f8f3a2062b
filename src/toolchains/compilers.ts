// Every compiler version abifuzz knows. Adding one is one line here: the configs, `doctor`
// and docker/install.sh (through `abifuzz doctor --packages`) all take it from this table.
export type Family = 'gcc' | 'clang';

export interface CompilerVersion {
  family: Family;
  version: number;
  /** Not every distribution ships it: installed when available, run when installed. */
  optional?: boolean;
  /** Known, and run when named with --compilers, but neither installed nor run by default. */
  extra?: boolean;
}

export const COMPILERS: readonly CompilerVersion[] = [
  { family: 'gcc', version: 11, optional: true },
  { family: 'gcc', version: 12 },
  { family: 'clang', version: 13, extra: true },
  { family: 'clang', version: 14 },
  { family: 'clang', version: 15, extra: true },
  { family: 'clang', version: 16 },
  { family: 'clang', version: 19 },
  // Debian bookworm ships it in its security suite (bookworm-security).
  { family: 'clang', version: 22 },
];

/** Versions of the aarch64 cross compilers Debian does not package here: what `doctor` says is out of reach. */
export const UNPACKAGED = ['gcc-13', 'gcc-14'] as const;

/** Knows `_BitInt(N)` (C23): gcc from 14, every clang abifuzz runs. */
export const hasBitInt = (c: CompilerVersion): boolean => c.family === 'clang' || c.version >= 14;

/**
 * Knows `__bf16` as an aarch64 argument type: every gcc abifuzz runs; clang 14 says "not
 * supported on this target", 16 on has it. clang 15 (not installed here) is taken to have
 * it: if it does not, its diagnostics still reject the prototype, one compile later.
 */
export const hasBf16 = (c: CompilerVersion): boolean => c.family === 'gcc' || c.version >= 15;

/** The floating types a compiler knows on a target; which it lacks are rejected without a compile (oracle/build.ts). */
export interface TypeSupport {
  bf16: boolean;
  float16: boolean;
}
