// Which compilers abifuzz knows, how to call them for aarch64 Linux, and how a config id
// (`clang-19/O2`) maps to a command line. Discovery is the only impure part.
import { UserError } from '../user-error.js';
import { onPath } from './path-lookup.js';
import { runTool } from './run-tool.js';

export type Family = 'gcc' | 'clang';
export type Opt = 'O0' | 'O2';
export type Profile = 'user' | 'kernel';

export interface CompilerSpec {
  id: string;
  family: Family;
  command: string;
  baseArgs: string[];
  /** Debian package that provides it: what `doctor` tells the user to install. */
  pkg: string;
  /** Knows `_BitInt(N)` (C23; gcc from 14, clang from 14). */
  bitInt: boolean;
}

export const KNOWN_COMPILERS: readonly CompilerSpec[] = [
  gcc(11), gcc(12), clang(14), clang(16), clang(19),
];

function gcc(v: number): CompilerSpec {
  return { id: `gcc-${v}`, family: 'gcc', command: `aarch64-linux-gnu-gcc-${v}`, baseArgs: [], pkg: `gcc-${v}-aarch64-linux-gnu`, bitInt: v >= 14 };
}
function clang(v: number): CompilerSpec {
  return { id: `clang-${v}`, family: 'clang', command: `clang-${v}`, baseArgs: ['--target=aarch64-linux-gnu', '-fno-crash-diagnostics'], pkg: `clang-${v}`, bitInt: true };
}

/** What a kernel build passes on arm64 that can change code generation at a call. */
export const KERNEL_FLAGS = [
  '-mgeneral-regs-only', '-fno-strict-aliasing', '-fno-common', '-fshort-wchar', '-fno-PIE',
  '-fno-asynchronous-unwind-tables', '-fno-delete-null-pointer-checks', '-fno-omit-frame-pointer',
  '-fno-optimize-sibling-calls', '-fno-strict-overflow', '-mbranch-protection=none',
] as const;

export interface Config {
  /** `gcc-12/O2`: stable, used in reports and JSON. */
  id: string;
  compiler: CompilerSpec;
  opt: Opt;
  profile: Profile;
}

export function configId(compiler: CompilerSpec, opt: Opt): string {
  return `${compiler.id}/${opt}`;
}

export function compileArgs(c: Config): string[] {
  const profileFlags = c.profile === 'kernel' ? [...KERNEL_FLAGS] : [];
  return [...c.compiler.baseArgs, `-${c.opt}`, '-std=gnu11', '-w', ...profileFlags];
}

export function compilerById(id: string): CompilerSpec {
  const spec = KNOWN_COMPILERS.find((c) => c.id === id);
  if (!spec) {
    throw new UserError(`unknown compiler '${id}': known compilers are ${KNOWN_COMPILERS.map((c) => c.id).join(', ')}`);
  }
  return spec;
}

export function makeConfigs(compilerIds: string[], opts: Opt[], profile: Profile): Config[] {
  const specs = compilerIds.map(compilerById);
  return specs.flatMap((compiler) => opts.map((opt) => ({ id: configId(compiler, opt), compiler, opt, profile })));
}

export function parseOpts(list: string): Opt[] {
  return list.split(',').map((o) => {
    const norm = o.trim().replace(/^-/, '');
    if (norm !== 'O0' && norm !== 'O2') throw new UserError(`unknown optimisation level '${o}': use O0, O2 or O0,O2`);
    return norm;
  });
}

export interface Found { spec: CompilerSpec; version: string }

/** Runs `--version` of a command; undefined when it is not installed. */
export async function probeVersion(command: string, args: string[] = ['--version']): Promise<string | undefined> {
  try {
    const r = await runTool(command, args, { timeoutMs: 10_000 });
    if (r.exitCode !== 0 || r.timedOut) return undefined;
    return (r.stdout.toString().split('\n')[0] ?? '').trim();
  } catch {
    return undefined;
  }
}

/** The known compilers that are on PATH, without running them. */
export const installedCompilers = (): CompilerSpec[] => KNOWN_COMPILERS.filter((spec) => onPath(spec.command) !== undefined);

/** The known compilers with their versions, and the ones missing: what `doctor` shows. */
export async function discoverCompilers(): Promise<{ found: Found[]; missing: CompilerSpec[] }> {
  const versions = await Promise.all(KNOWN_COMPILERS.map((spec) => probeVersion(spec.command)));
  const found: Found[] = [];
  const missing: CompilerSpec[] = [];
  KNOWN_COMPILERS.forEach((spec, i) => {
    const v = versions[i];
    if (v === undefined) missing.push(spec);
    else found.push({ spec, version: v });
  });
  return { found, missing };
}

/** The link driver: any installed aarch64 gcc links objects from every compiler. */
export const LINKERS = ['aarch64-linux-gnu-gcc-12', 'aarch64-linux-gnu-gcc-11'] as const;
/** ABIFUZZ_QEMU points at another qemu-aarch64 (a build of your own, say). */
export const QEMU = process.env.ABIFUZZ_QEMU ?? 'qemu-aarch64';

export interface Tools { linker: string; qemu: string }

let tools: Tools | undefined;

/** Looked up once per process: every batch needs them. */
export function requireTools(): Tools {
  tools ??= findTools();
  return tools;
}

function findTools(): Tools {
  const linker = LINKERS.find((l) => onPath(l) !== undefined);
  if (!linker) throw new UserError('no aarch64 gcc found to link the harness: run `bash docker/install.sh` (or apt-get install gcc-12-aarch64-linux-gnu libc6-dev-arm64-cross)');
  if (onPath(QEMU) === undefined) {
    throw new UserError(`${QEMU} not found: run \`bash docker/install.sh\` (or apt-get install qemu-user), or point ABIFUZZ_QEMU at a qemu-aarch64`);
  }
  return { linker, qemu: QEMU };
}

export function requireCompilers(ids: string[]): void {
  const specs = ids.map(compilerById);
  const missing = specs.filter((s) => onPath(s.command) === undefined);
  if (missing.length > 0) {
    throw new UserError(`compiler not installed: ${missing.map((s) => `${s.id} (${s.command})`).join(', ')}: run \`bash docker/install.sh\` or apt-get install ${missing.map((s) => s.pkg).join(' ')}`);
  }
}
