// Compiles one config's translation unit, dropping the prototypes its compiler rejects or
// crashes on (each keeps the compiler's message), so one bad prototype never costs the
// rest of the batch. The only impure part is running the compiler.
import { execa } from 'execa';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileArgs, type Config } from './toolchains.js';
import { emitConfigTU, type EmittedTU } from './emit.js';
import type { PrototypePlan } from './plan.js';

export type Rejection = { kind: 'unsupported' | 'compiler-crash'; message: string };

export interface BuiltConfig {
  object: string | undefined;
  included: Set<number>;
  rejected: Map<number, Rejection>;
}

const CRASH = /internal compiler error|PLEASE submit a bug report|clang frontend command failed|Segmentation fault|Killed signal/;

export async function compileTU(dir: string, tuName: string, config: Config, source: string): Promise<{ ok: boolean; stderr: string }> {
  const src = join(dir, `${tuName}.c`);
  await writeFile(src, source);
  const r = await execa(config.compiler.command, [...compileArgs(config), '-I', dir, '-c', src, '-o', join(dir, `${tuName}.o`)], { reject: false, timeout: 600_000 });
  return { ok: r.exitCode === 0 && !r.timedOut, stderr: r.timedOut ? 'compiler timed out' : r.stderr };
}

export async function buildConfig(dir: string, cfgIndex: number, config: Config, plans: PrototypePlan[], nprotos: number): Promise<BuiltConfig> {
  const included = new Set(plans.map((p) => p.index));
  const rejected = new Map<number, Rejection>();
  const name = `tu${cfgIndex}`;
  for (;;) {
    const tu = emitConfigTU(plans, included, cfgIndex, nprotos);
    const r = await compileTU(dir, name, config, tu.source);
    if (r.ok) return { object: join(dir, `${name}.o`), included, rejected };
    const culprits = culpritsFromDiagnostics(r.stderr, `${name}.c`, tu);
    if (culprits.size === 0) {
      await isolateOneByOne(dir, cfgIndex, config, plans.filter((p) => included.has(p.index)), nprotos, rejected);
    } else {
      for (const [p, rej] of culprits) rejected.set(p, rej);
    }
    for (const p of rejected.keys()) included.delete(p);
    if (included.size === 0) return { object: undefined, included, rejected };
  }
}

/** Maps `file:LINE:COL: error: ...` lines to the prototypes whose line range holds them. */
export function culpritsFromDiagnostics(stderr: string, file: string, tu: EmittedTU): Map<number, Rejection> {
  const out = new Map<number, Rejection>();
  const crashed = CRASH.test(stderr);
  const re = new RegExp(`${escapeRe(file)}:(\\d+):\\d+: (?:fatal )?(error|internal compiler error)[^\\n]*`, 'g');
  for (const m of stderr.matchAll(re)) {
    const line = Number(m[1]);
    for (const [p, [from, to]] of tu.ranges) {
      if (line < from || line > to || out.has(p)) continue;
      const message = firstLine(m[0].replace(/^.*?: (?:fatal )?(error|internal compiler error): /, ''));
      out.set(p, { kind: crashed && /internal compiler error/.test(m[0]) ? 'compiler-crash' : 'unsupported', message });
    }
  }
  if (crashed && out.size === 0) return out; // a crash with no line: isolate one by one
  return out;
}

async function isolateOneByOne(dir: string, cfgIndex: number, config: Config, plans: PrototypePlan[], nprotos: number, rejected: Map<number, Rejection>): Promise<void> {
  for (const plan of plans) {
    const tu = emitConfigTU([plan], new Set([plan.index]), cfgIndex, nprotos);
    const r = await compileTU(dir, `iso${cfgIndex}_${plan.index}`, config, tu.source);
    if (r.ok) continue;
    const crash = CRASH.test(r.stderr);
    rejected.set(plan.index, { kind: crash ? 'compiler-crash' : 'unsupported', message: summarize(r.stderr) });
  }
  if (plans.every((p) => !rejected.has(p.index))) {
    throw new Error(`${config.id}: the batch fails to compile but every prototype compiles alone`);
  }
}

function summarize(stderr: string): string {
  const lines = stderr.split('\n');
  const key = lines.find((l) => CRASH.test(l)) ?? lines.find((l) => /error/.test(l)) ?? lines[0] ?? '';
  return firstLine(key.replace(/^\S+:\d+:\d+: /, ''));
}

const firstLine = (s: string): string => s.split('\n')[0]!.trim();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
