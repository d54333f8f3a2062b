// `npm run bench` (second part): what the JIT stage costs. The same kernel-profile
// prototypes run through the full fuzz loop (`abifuzz fuzz --no-minimize`) without the
// JIT, with every trampoline variant in every attach mode, and with every variant's kfunc
// call path (`--jit-modes kfunc`), twice each, alternating; the figures are the time each
// adds per prototype (targets <= 30%).
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

type Run = Awaited<ReturnType<typeof fuzzSeconds>>;

/** Alternating runs of each setting, the fastest of each: the machine's other load hits all alike. */
async function fastest(rounds: number, settings: string[][]): Promise<Run[]> {
  const best: (Run | undefined)[] = settings.map(() => undefined);
  for (let i = 0; i < rounds; i++) {
    for (const [k, extra] of settings.entries()) {
      const r = await fuzzSeconds(extra);
      if (!best[k] || r.seconds < best[k]!.seconds) best[k] = r;
    }
  }
  return best as Run[];
}

const jitKinds = (r: Run): string => Object.entries(r.byKind).filter(([k]) => k.startsWith('jit-')).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
const added = (r: Run, base: Run): string => `+${((100 * (r.seconds - base.seconds)) / base.seconds).toFixed(0)}%`;

async function main(): Promise<void> {
  const [plain, jit, kfunc] = await fastest(2, [[], ['--jit', 'all'], ['--jit', 'all', '--jit-modes', 'kfunc']]);
  console.log(`5. jit: ${COUNT} kernel-profile prototypes (seed ${SEED}), ${COMPILERS} at ${OPT}, every variant in fentry, fexit and fmod_ret`);
  console.log(`   fuzz loop ${plain!.seconds.toFixed(1)} s without the JIT stage, ${jit!.seconds.toFixed(1)} s with it: ${added(jit!, plain!)} per prototype (target <= 30%)`);
  console.log(`   jit findings (before de-duplication): ${jitKinds(jit!)}`);
  console.log(`   kfunc mode (every variant's kfunc call path, --jit-modes kfunc): ${kfunc!.seconds.toFixed(1)} s: ${added(kfunc!, plain!)} per prototype (target <= 30%); findings: ${jitKinds(kfunc!)}`);
}

await main();
