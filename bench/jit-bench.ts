// `npm run bench` (second part): what the JIT stage costs. The same kernel-profile
// prototypes run through the full fuzz loop (`abifuzz fuzz --no-minimize`) with and
// without every trampoline variant in every mode, twice each, alternating; the figure is
// the time the JIT stage adds per prototype (target <= 30%).
import { execa } from 'execa';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COUNT = Number(process.env.BENCH_PROTOTYPES ?? 500);
const SEED = Number(process.env.BENCH_SEED ?? 20261122);
const COMPILERS = 'gcc-12,clang-19';
const OPT = 'O0,O2';

async function fuzzSeconds(extra: string[]): Promise<{ seconds: number; checked: number; byKind: Record<string, number> }> {
  const out = mkdtempSync(join(tmpdir(), 'abifuzz-bench-'));
  const args = ['dist/src/cli/main.js', 'fuzz', '--runs', String(COUNT), '--seed', String(SEED), '--profile', 'kernel', '--compilers', COMPILERS, '--opt', OPT, '--out', out, '--json', '--no-minimize', ...extra];
  const r = await execa('node', args, { reject: false });
  const s = JSON.parse(r.stdout) as { checked: number; seconds: number; findingsByKind: Record<string, number> };
  return { seconds: s.seconds, checked: s.checked, byKind: s.findingsByKind };
}

/** Alternating runs, the fastest of each: the machine's other load hits both alike. */
async function fastest(rounds: number): Promise<{ plain: Awaited<ReturnType<typeof fuzzSeconds>>; jit: Awaited<ReturnType<typeof fuzzSeconds>> }> {
  let plain: Awaited<ReturnType<typeof fuzzSeconds>> | undefined;
  let jit: typeof plain;
  for (let i = 0; i < rounds; i++) {
    const p = await fuzzSeconds([]);
    const j = await fuzzSeconds(['--jit', 'all']);
    if (!plain || p.seconds < plain.seconds) plain = p;
    if (!jit || j.seconds < jit.seconds) jit = j;
  }
  return { plain: plain!, jit: jit! };
}

async function main(): Promise<void> {
  const { plain, jit } = await fastest(2);
  const added = (jit.seconds - plain.seconds) / plain.seconds;
  console.log(`5. jit: ${COUNT} kernel-profile prototypes (seed ${SEED}), ${COMPILERS} at ${OPT}, every variant in fentry, fexit and fmod_ret`);
  console.log(`   fuzz loop ${plain.seconds.toFixed(1)} s without the JIT stage, ${jit.seconds.toFixed(1)} s with it: +${(100 * added).toFixed(0)}% per prototype (target <= 30%)`);
  const jitKinds = Object.entries(jit.byKind).filter(([k]) => k.startsWith('jit-')).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`   jit findings (before de-duplication): ${jitKinds || 'none'}`);
}

await main();
