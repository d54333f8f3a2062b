// `abifuzz doctor`: what is installed, with versions, and the exact command for what is not.
// `--packages` prints the Debian packages docker/install.sh installs.
import { TARGETS } from '../targets/index.js';
import { targetOf } from './options.js';
import { trivialCompileProblem } from '../oracle/build.js';
import { UNPACKAGED } from '../toolchains/compilers.js';
import { makeConfigs } from '../toolchains/config.js';
import { scratchDir } from '../toolchains/scratch.js';
import { discoverCompilers, emulatorOf, packagesFor, probeVersion } from '../toolchains/tools.js';

export async function doctorCommand(o: { packages?: boolean; target?: string } = {}): Promise<number> {
  if (o.packages) {
    const all = TARGETS.map(packagesFor);
    const union = (pick: (p: (typeof all)[number]) => string[]): string => [...new Set(all.flatMap(pick))].join(' ');
    process.stdout.write(`required ${union((p) => p.required)}\noptional ${union((p) => p.optional)}\n`);
    return 0;
  }
  const target = targetOf(o);
  const { found, missing } = await discoverCompilers(target);
  const emulator = emulatorOf(target);
  const linkers = target.toolchain.linkers;
  const [emulated, pahole, ...linked] = await Promise.all([emulator ? probeVersion(emulator) : Promise.resolve('native'), probeVersion('pahole'), ...linkers.map((l) => probeVersion(l))]);
  const scratch = scratchDir('doctor');
  const problems = await Promise.all(found.map((f) => trivialCompileProblem(makeConfigs([f.spec.id], ['O0'], 'user', target)[0]!, scratch.path))).finally(() => scratch.remove());
  const lines: string[] = ['compilers:'];
  const notDefault = (extra: boolean): string => (extra ? ' (not in the default matrix: name it with --compilers)' : '');
  found.forEach((f, i) => lines.push(problems[i] === undefined ? `  ok       ${f.spec.id.padEnd(9)} ${f.spec.command}: ${f.version}${notDefault(f.spec.extra)}` : `  broken   ${f.spec.id.padEnd(9)} ${f.spec.command}: ${problems[i]}`));
  for (const m of missing) lines.push(`  ${m.extra ? 'extra  ' : 'missing'}  ${m.id.padEnd(9)} ${m.command}: apt-get install ${m.pkg}${notDefault(m.extra)}`);
  lines.push(`  n/a      ${UNPACKAGED.join(', ')}: no ${target.triple} cross compiler of these versions is packaged for this distribution`);
  const linker = linkers.find((_, i) => linked[i] !== undefined);
  lines.push('tools:');
  lines.push(linker ? `  ok       link     ${linker}` : `  missing  link     a ${target.name} gcc: apt-get install ${target.toolchain.linkerPackages}`);
  if (emulator) lines.push(emulated ? `  ok       qemu     ${emulator}: ${emulated}` : `  missing  qemu     ${emulator}: apt-get install ${target.toolchain.emulator!.pkg}`);
  lines.push(pahole ? `  ok       pahole   ${pahole} (optional: BTF from DWARF)` : '  missing  pahole   optional, for BTF-derived func models: apt-get install dwarves');
  const usable = found.filter((f, i) => problems[i] === undefined && !f.spec.extra).length;
  const blocking = usable === 0 || !linker || !emulated;
  const broken = found.length - usable;
  const toInstall = missing.filter((m) => !m.extra).length;
  lines.push(blocking ? 'abifuzz cannot run: install what is missing, or run `bash docker/install.sh` as root' : `ready: ${usable} compiler(s)${toInstall ? `; \`bash docker/install.sh\` installs the other ${toInstall}` : ''}${broken ? `; ${broken} broken: reinstall or leave them out with --compilers` : ''}`);
  process.stdout.write(lines.join('\n') + '\n');
  return blocking ? 1 : 0;
}
