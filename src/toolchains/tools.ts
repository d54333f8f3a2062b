// Which of the toolchains a target needs are installed, and how to get the rest: the
// only impure part of toolchains/. Looked up on PATH, not run (but by `doctor`).
import { spawnSync } from 'node:child_process';
import { DEFAULT_TARGET } from '../targets/index.js';
import type { Target } from '../targets/target.js';
import { UserError } from '../user-error.js';
import { compilerById, knownCompilers, makeConfigs, type CompilerSpec, type Config } from './config.js';
import { onPath } from './path-lookup.js';
import { runTool } from './run-tool.js';

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

/** The default matrix's compilers that are on PATH, without running them. */
export const installedCompilers = (target: Target = DEFAULT_TARGET): CompilerSpec[] => knownCompilers(target).filter((spec) => !spec.extra && onPath(spec.command) !== undefined);

/** The known compilers with their versions, and the ones missing: what `doctor` shows. */
export async function discoverCompilers(target: Target = DEFAULT_TARGET): Promise<{ found: Found[]; missing: CompilerSpec[] }> {
  const known = knownCompilers(target);
  const versions = await Promise.all(known.map((spec) => probeVersion(spec.command)));
  const found: Found[] = [];
  const missing: CompilerSpec[] = [];
  known.forEach((spec, i) => {
    const v = versions[i];
    if (v === undefined) missing.push(spec);
    else found.push({ spec, version: v });
  });
  return { found, missing };
}

/** The emulator that runs a target's harness: ABIFUZZ_QEMU points at another (a build of your own, say). */
export const emulatorOf = (target: Target): string | undefined => (target.toolchain.emulator ? process.env.ABIFUZZ_QEMU ?? target.toolchain.emulator.command : undefined);

export interface Tools { linker: string; emulator: string | undefined }

const tools = new Map<string, Tools>();

/** Looked up once per process and target: every batch needs them. */
export function requireTools(target: Target = DEFAULT_TARGET): Tools {
  let t = tools.get(target.name);
  if (!t) tools.set(target.name, (t = findTools(target)));
  return t;
}

function findTools(target: Target): Tools {
  const linker = target.toolchain.linkers.find((l) => onPath(l) !== undefined);
  if (!linker) throw new UserError(`no ${target.name} gcc found to link the harness: run \`bash docker/install.sh\` (or apt-get install ${target.toolchain.linkerPackages})`);
  const emulator = emulatorOf(target);
  if (emulator !== undefined && onPath(emulator) === undefined) {
    throw new UserError(`${emulator} not found: run \`bash docker/install.sh\` (or apt-get install ${target.toolchain.emulator!.pkg}), or point ABIFUZZ_QEMU at a ${target.toolchain.emulator!.command}`);
  }
  if (emulator !== undefined && process.env.ABIFUZZ_QEMU !== undefined) requireQemu(emulator, target.toolchain.emulator!.command);
  return { linker, emulator };
}

/** An emulator of the user's own must be a qemu: anything else would run nothing and read as crashes. */
function requireQemu(emulator: string, expected: string): void {
  const r = spawnSync(emulator, ['--version'], { timeout: 10_000, encoding: 'utf8' });
  const first = `${r.stdout ?? ''}`.split('\n')[0]!.trim();
  if (r.status !== 0 || !/qemu/i.test(first)) {
    throw new UserError(`ABIFUZZ_QEMU=${emulator} is not a qemu (its --version says '${first.slice(0, 80) || `nothing, exit ${r.status ?? r.signal}`}'): point it at a ${expected}`);
  }
}

export function requireCompilers(ids: string[], target: Target = DEFAULT_TARGET): void {
  const specs = ids.map((id) => compilerById(id, target));
  const missing = specs.filter((s) => onPath(s.command) === undefined);
  if (missing.length > 0) {
    throw new UserError(`compiler not installed: ${missing.map((s) => `${s.id} (${s.command})`).join(', ')}: run \`bash docker/install.sh\` or apt-get install ${missing.map((s) => s.pkg).join(' ')}`);
  }
}

/**
 * The Debian packages a target needs, for docker/install.sh: required ones first, then the
 * optional ones (a distribution may not ship them). lld of each clang links its objects.
 */
export function packagesFor(target: Target = DEFAULT_TARGET): { required: string[]; optional: string[] } {
  const specs = knownCompilers(target).filter((s) => !s.extra);
  const withLld = (s: CompilerSpec): string[] => (s.family === 'clang' ? [s.pkg, `lld-${s.id.split('-')[1]}`] : [s.pkg]);
  const tc = target.toolchain;
  const required = [
    ...specs.filter((s) => !s.optional).flatMap(withLld),
    ...tc.linkerPackages.split(' '),
    `binutils-${target.triple.replaceAll('_', '-')}`, // Debian spells x86_64 with a dash
    ...(tc.emulator ? [tc.emulator.pkg] : []),
    'dwarves', // pahole: DWARF -> BTF, for the JIT's BTF-derived func model
  ];
  return { required: [...new Set(required)], optional: specs.filter((s) => s.optional).flatMap(withLld) };
}

/**
 * The same compilers and levels for another target (a corpus entry of another
 * architecture): those of them installed for it.
 */
export function retarget(configs: Config[], target: Target): Config[] {
  if (configs.length === 0 || configs[0]!.target === target) return configs;
  const installed = new Set(installedCompilers(target).map((s) => s.id));
  const ids = [...new Set(configs.map((c) => c.compiler.id))].filter((id) => installed.has(id));
  return makeConfigs(ids, [...new Set(configs.map((c) => c.opt))], configs[0]!.profile, target);
}
