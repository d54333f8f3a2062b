// Compiles one config's translation unit, dropping the prototypes its compiler rejects or
// crashes on (each keeps the compiler's message), so one bad prototype never costs the
// rest of the batch. The only impure part is running the compiler.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool } from '../toolchains/run-tool.js';
import { compileArgs, type Config } from '../toolchains/config.js';
import { emitConfigTU, type EmittedTU } from './emit.js';
import { UserError } from '../user-error.js';
import type { PrototypePlan } from './plan.js';

export type Rejection = { kind: 'unsupported' | 'compiler-crash'; message: string };

export interface BuiltConfig {
  object: string | undefined;
  included: Set<number>;
  rejected: Map<number, Rejection>;
  /** The prototypes whose caller the compiler's default instruction selector gave up on (CompilerAt.fellBack). */
  fellBack: Set<number>;
}

const CRASH = /internal compiler error|PLEASE submit a bug report|clang frontend command failed|Segmentation fault|Killed signal/;

/** Where a batch's sources and objects go, and where the harness's own header is. */
export interface BuildDirs { dir: string; include: string }

export async function compileTU({ dir, include }: BuildDirs, tuName: string, config: Config, source: string): Promise<{ ok: boolean; stderr: string }> {
  const src = join(dir, `${tuName}.c`);
  await writeFile(src, source);
  const r = await runTool(config.compiler.command, [...compileArgs(config), '-I', include, '-c', src, '-o', join(dir, `${tuName}.o`)], { timeoutMs: 600_000 });
  return { ok: r.exitCode === 0 && !r.timedOut, stderr: r.timedOut ? 'compiler timed out' : r.stderr.toString() };
}

export async function buildConfig(dirs: BuildDirs, cfgIndex: number, config: Config, plans: PrototypePlan[], nprotos: number): Promise<BuiltConfig> {
  const rejected = knownRejections(config, plans);
  const included = new Set(plans.filter((p) => !rejected.has(p.index)).map((p) => p.index));
  if (included.size === 0) return { object: undefined, included, rejected, fellBack: new Set() };
  const name = `tu${cfgIndex}`;
  for (;;) {
    const tu = emitConfigTU(plans, included, cfgIndex, nprotos);
    const r = await compileTU(dirs, name, config, tu.source);
    if (r.ok) return { object: join(dirs.dir, `${name}.o`), included, rejected, fellBack: callersFellBack(r.stderr, `${name}.c`, tu) };
    const culprits = culpritsFromDiagnostics(r.stderr, `${name}.c`, tu);
    if (culprits.size === 0) {
      await requireWorking(dirs, config);
      const before = rejected.size;
      await bisect(dirs, cfgIndex, config, plans.filter((p) => included.has(p.index)), nprotos, rejected);
      if (rejected.size === before) throw new Error(`${config.id}: the batch fails to compile but no part of it does:\n${r.stderr.slice(0, 2000)}`);
    } else {
      for (const [p, rej] of culprits) rejected.set(p, rej);
    }
    for (const p of rejected.keys()) included.delete(p);
    if (included.size === 0) return { object: undefined, included, rejected, fellBack: new Set() };
  }
}

/**
 * What is rejected without asking the compiler: a prototype beyond the harness's limits,
 * a gcc before 14 fails on every `_BitInt`, and a floating type the target's typeSupport
 * denies a compiler (clang before 15 rejects `__bf16`; on x86-64 clang 16 mispasses it)
 * (learning that from its diagnostics cost a second compile of the batch).
 */
function knownRejections(config: Config, plans: PrototypePlan[]): Map<number, Rejection> {
  const out = new Map<number, Rejection>();
  const noBitInt = `${config.compiler.id} has no _BitInt (gcc has it from 14): not compiled`;
  const noBf16 = `${config.compiler.id} has no __bf16 on ${config.target.name}: not compiled`;
  const noFloat16 = `${config.compiler.id} has no _Float16 on ${config.target.name}: not compiled`;
  for (const p of plans) {
    if (p.beyond !== undefined) out.set(p.index, { kind: 'unsupported', message: p.beyond });
    else if (p.usesBitInt && !config.compiler.bitInt) out.set(p.index, { kind: 'unsupported', message: noBitInt });
    else if (p.usesBf16 && !config.compiler.bf16) out.set(p.index, { kind: 'unsupported', message: noBf16 });
    else if (p.usesFloat16 && !config.compiler.float16) out.set(p.index, { kind: 'unsupported', message: noFloat16 });
  }
  return out;
}

/**
 * Finds the prototypes a failed compile is about: by `file:LINE:` diagnostics inside a
 * prototype's line range, or, for a backend crash that has no line, by the generated
 * function it names (`In function: abf_c0_caller_7`).
 */
export function culpritsFromDiagnostics(stderr: string, file: string, tu: EmittedTU): Map<number, Rejection> {
  const out = new Map<number, Rejection>();
  const kind: Rejection['kind'] = CRASH.test(stderr) ? 'compiler-crash' : 'unsupported';
  const re = new RegExp(`${escapeRe(file)}:(\\d+):\\d+: (?:fatal )?(?:error|internal compiler error): ([^\\n]*)`, 'g');
  for (const m of stderr.matchAll(re)) {
    const line = Number(m[1]);
    for (const [p, regions] of tu.ranges) {
      if (regions.some(([from, to]) => line >= from && line <= to) && !out.has(p)) out.set(p, { kind, message: kind === 'compiler-crash' ? summarize(stderr) : m[2]!.trim() });
    }
  }
  // Only a crash without a line is charged by function name: gcc heads every diagnostic
  // with "In function", notes too (a -Wpsabi note survives -w), so the name alone would
  // charge a prototype that merely got a note.
  if (out.size > 0 || kind !== 'compiler-crash') return out;
  // gcc's "In function", a backend's "In function:", clang's stack dump "LLVM IR generation
  // of declaration 'abf_c4_caller_17'": without them a crash costs a bisection of the batch.
  for (const m of stderr.matchAll(/(?:In function:? .?|declaration ')abf_c\d+_[a-z]+_(\d+)/g)) {
    const p = Number(m[1]);
    if (tu.ranges.has(p) && !out.has(p)) out.set(p, { kind, message: summarize(stderr) });
  }
  return out;
}

/**
 * The prototypes whose caller an instruction selector remarked on, giving up on it
 * (Target selectorFallbackArgs): a remark at a line of the caller, or one naming it.
 */
export function callersFellBack(stderr: string, file: string, tu: EmittedTU): Set<number> {
  const out = new Set<number>();
  if (!stderr.includes('remark:')) return out;
  const lines = [...tu.callers];
  for (const m of stderr.matchAll(new RegExp(`${escapeRe(file)}:(\\d+):\\d+: remark: `, 'g'))) {
    const line = Number(m[1]);
    const hit = lines.find(([, [from, to]]) => line >= from && line <= to);
    if (hit) out.add(hit[0]);
  }
  for (const m of stderr.matchAll(/remark: .*\(in function: abf_c\d+_caller_(\d+)\)/g)) {
    const p = Number(m[1]);
    if (tu.callers.has(p)) out.add(p);
  }
  return out;
}

/** Compilers seen to compile a trivial translation unit in this process. */
const working = new Set<string>();

/**
 * A compiler that fails without naming a line may be broken rather than rejecting some
 * prototype: if it cannot compile a trivial unit either, that is said in one line instead
 * of every prototype being taken for unsupported.
 */
async function requireWorking(dirs: BuildDirs, config: Config): Promise<void> {
  const key = `${config.compiler.command} ${config.profile}`;
  if (working.has(key)) return;
  const problem = await trivialCompileProblem(config, dirs.dir);
  if (problem !== undefined) throw new UserError(`${config.compiler.id} (${config.compiler.command}) is installed but broken: ${problem}`);
  working.add(key);
}

/** Why `config` cannot compile `int abf_trivial;`, or undefined when it can. */
export async function trivialCompileProblem(config: Config, dir: string): Promise<string | undefined> {
  const src = join(dir, 'abf-trivial.c');
  await writeFile(src, 'int abf_trivial;\n');
  const r = await runTool(config.compiler.command, [...compileArgs(config), '-c', src, '-o', join(dir, 'abf-trivial.o')], { timeoutMs: 60_000 }).catch((e: Error) => ({ exitCode: null, signal: null, timedOut: false, stderr: Buffer.from(e.message) }));
  if (r.exitCode === 0 && !r.timedOut) return undefined;
  const how = r.timedOut ? 'it hangs' : r.signal ? `it dies of ${r.signal}` : `it exits ${r.exitCode ?? 'abnormally'}`;
  const said = r.stderr.toString().trim().split('\n')[0];
  return `on a trivial translation unit ${how}${said ? `: ${said.slice(0, 200)}` : ''}`;
}

/** Halves the set until each failing prototype compiles alone and fails alone. */
async function bisect(dirs: BuildDirs, cfgIndex: number, config: Config, plans: PrototypePlan[], nprotos: number, rejected: Map<number, Rejection>): Promise<void> {
  const tu = emitConfigTU(plans, new Set(plans.map((p) => p.index)), cfgIndex, nprotos);
  const r = await compileTU(dirs, `bisect${cfgIndex}`, config, tu.source);
  if (r.ok) return;
  if (plans.length === 1) {
    rejected.set(plans[0]!.index, { kind: CRASH.test(r.stderr) ? 'compiler-crash' : 'unsupported', message: summarize(r.stderr) });
    return;
  }
  const half = Math.ceil(plans.length / 2);
  await bisect(dirs, cfgIndex, config, plans.slice(0, half), nprotos, rejected);
  await bisect(dirs, cfgIndex, config, plans.slice(half), nprotos, rejected);
}

/** The most telling line of a compiler's complaint. */
export function summarize(stderr: string): string {
  const lines = stderr.split('\n');
  const find = (re: RegExp): string | undefined => {
    for (const l of lines) {
      const m = re.exec(l);
      // Node addresses differ run to run; without them equal crashes read the same.
      if (m) return m[1]!.trim().replace(/0x[0-9a-f]{6,}/g, '0x…');
    }
    return undefined;
  };
  return find(/error in backend: (.*)/) ?? find(/internal compiler error: (.*)/) ?? find(/(Assertion .* failed.*)/)
    ?? crashWithoutMessage(lines) ?? find(/(?:fatal )?error: (.*)/) ?? lines.find((l) => l.trim())?.trim() ?? 'the compiler failed without a message';
}

const SIGNALS: Record<number, string> = { 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 11: 'SIGSEGV' };

/** A clang crash that printed no diagnostic: its signal and the first frame of its own code. */
function crashWithoutMessage(lines: string[]): string | undefined {
  const code = lines.map((l) => /failed with exit code (\d+)/.exec(l)).find(Boolean);
  if (!code) return undefined;
  const n = Number(code[1]);
  const signal = n > 128 ? SIGNALS[n - 128] ?? `signal ${n - 128}` : `exit code ${n}`;
  const frame = lines
    .map((l) => /^\s*#\d+ 0x[0-9a-f]+ ([\w:~<>]+)\(/.exec(l)?.[1])
    .find((f) => f !== undefined && !/^llvm::sys::|SignalHandler|CrashRecovery|PrintStackTrace|^__/.test(f));
  return `crashed with ${signal}${frame ? ` in ${frame}` : ''}`;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
