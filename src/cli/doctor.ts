// `abifuzz doctor`: what is installed, with versions, and the exact command for what is not.
import { discoverCompilers, LINKERS, probeVersion, QEMU } from '../toolchains/config.js';

export async function doctorCommand(): Promise<number> {
  const { found, missing } = await discoverCompilers();
  const [qemu, pahole, ...linkers] = await Promise.all([probeVersion(QEMU), probeVersion('pahole'), ...LINKERS.map((l) => probeVersion(l))]);
  const lines: string[] = ['compilers:'];
  for (const f of found) lines.push(`  ok       ${f.spec.id.padEnd(9)} ${f.spec.command}: ${f.version}`);
  for (const m of missing) lines.push(`  missing  ${m.id.padEnd(9)} ${m.command}: apt-get install ${m.pkg}`);
  const linker = LINKERS.find((_, i) => linkers[i] !== undefined);
  lines.push('tools:');
  lines.push(linker ? `  ok       link     ${linker}` : '  missing  link     an aarch64 gcc: apt-get install gcc-12-aarch64-linux-gnu libc6-dev-arm64-cross');
  lines.push(qemu ? `  ok       qemu     ${QEMU}: ${qemu}` : `  missing  qemu     ${QEMU}: apt-get install qemu-user`);
  lines.push(pahole ? `  ok       pahole   ${pahole} (optional: BTF from DWARF)` : '  missing  pahole   optional, for BTF-derived func models: apt-get install dwarves');
  const blocking = found.length === 0 || !linker || !qemu;
  lines.push(blocking ? 'abifuzz cannot run: install what is missing, or run `bash docker/install.sh` as root' : `ready: ${found.length} compiler(s)${missing.length ? `; \`bash docker/install.sh\` installs the other ${missing.length}` : ''}`);
  process.stdout.write(lines.join('\n') + '\n');
  return blocking ? 1 : 0;
}
