// A config: one compiler at one optimisation level with one profile's flags, for one
// target, named `clang-19/O2` in reports. Pure: what command line a config compiles with.
import { DEFAULT_TARGET } from '../targets/index.js';
import type { Target } from '../targets/target.js';
import { UserError } from '../user-error.js';
import { COMPILERS, hasBf16, hasBitInt, type CompilerVersion, type Family } from './compilers.js';

export type { Family };
export type Opt = 'O0' | 'O2';
export type Profile = 'user' | 'kernel';

/** A compiler version as a target calls it. */
export interface CompilerSpec {
  id: string;
  family: Family;
  command: string;
  baseArgs: string[];
  /** Debian package that provides it: what `doctor` tells the user to install. */
  pkg: string;
  /** Knows `_BitInt(N)`. */
  bitInt: boolean;
  /** Knows `__bf16`. */
  bf16: boolean;
  /** Knows `_Float16`. */
  float16: boolean;
  optional: boolean;
  /** Not in the default matrix (compilers.ts `extra`). */
  extra: boolean;
  version: number;
}

export function compilerSpec(c: CompilerVersion, target: Target): CompilerSpec {
  const id = `${c.family}-${c.version}`;
  const types = target.toolchain.typeSupport?.(c) ?? { bf16: hasBf16(c), float16: true };
  const common = { id, family: c.family, version: c.version, bitInt: hasBitInt(c), ...types, optional: c.optional === true, extra: c.extra === true };
  if (c.family === 'gcc') return { ...common, ...target.toolchain.gcc(c.version), baseArgs: [] };
  return { ...common, command: id, pkg: id, baseArgs: [...target.toolchain.clangArgs, '-fno-crash-diagnostics', '-ferror-limit=0'] };
}

/** Every compiler abifuzz knows, as `target` calls it. */
export const knownCompilers = (target: Target = DEFAULT_TARGET): CompilerSpec[] => COMPILERS.map((c) => compilerSpec(c, target));

export interface Config {
  /** `gcc-12/O2`: stable, used in reports and JSON. */
  id: string;
  compiler: CompilerSpec;
  opt: Opt;
  profile: Profile;
  target: Target;
}

export function configId(compiler: CompilerSpec, opt: Opt): string {
  return `${compiler.id}/${opt}`;
}

export function compileArgs(c: Config): string[] {
  const profileFlags = c.profile === 'kernel' ? [...c.target.toolchain.kernelFlags(c.compiler.family)] : [];
  const fallback = c.target.toolchain.selectorFallbackArgs?.(c.compiler.family, c.opt) ?? [];
  return [...c.compiler.baseArgs, `-${c.opt}`, '-std=gnu11', '-w', ...profileFlags, ...fallback];
}

export function compilerById(id: string, target: Target = DEFAULT_TARGET): CompilerSpec {
  const known = knownCompilers(target);
  const spec = known.find((c) => c.id === id);
  if (!spec) throw new UserError(`unknown compiler '${id}': known compilers are ${known.map((c) => c.id).join(', ')}`);
  return spec;
}

export function makeConfigs(compilerIds: string[], opts: Opt[], profile: Profile, target: Target = DEFAULT_TARGET): Config[] {
  const specs = compilerIds.map((id) => compilerById(id, target));
  return specs.flatMap((compiler) => opts.map((opt) => ({ id: configId(compiler, opt), compiler, opt, profile, target })));
}

export function parseOpts(list: string): Opt[] {
  return list.split(',').map((o) => {
    const norm = o.trim().replace(/^-/, '');
    if (norm !== 'O0' && norm !== 'O2') throw new UserError(`unknown optimisation level '${o}': use O0, O2 or O0,O2`);
    return norm;
  });
}
