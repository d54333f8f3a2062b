// Runs the linked harness (under the target's emulator). A call that faults is caught by the runtime,
// which reports it (a CRASH record) and goes on. If the process dies anyway or hangs, the
// call that was running is recorded as crashed and the harness starts again at the same
// prototype with that call skipped. Either way a caller->callee crash costs one pair, a
// probe crash one config, and the rest of the batch still reports.
import { availableParallelism, constants } from 'node:os';
import { runTool } from '../toolchains/run-tool.js';
import { Kind, parseRecords, PROBE_ID, type RawRecord } from './records.js';

/** Marks the clobber experiments of a config in BEGIN records (see runtime.c). */
export const CLOBBERS_ID = 0xfffe;

export interface CallCrash {
  proto: number;
  caller: number;
  /** A callee config index, PROBE_ID (the probe or the layout) or CLOBBERS_ID. */
  callee: number;
  reason: string;
}

export interface RunResult {
  records: RawRecord[];
  crashes: CallCrash[];
  /** Harness processes it took: one per shard, plus one per call that killed a process. */
  processes: number;
}

export interface RunOptions {
  /** Runs the harness binary; undefined: it runs natively. */
  emulator: string | undefined;
  binary: string;
  timeoutMs: number;
}

interface Attempt {
  records: RawRecord[];
  /** Calls that faulted and that the runtime recovered from (CRASH records). */
  recovered: CallCrash[];
  crashed?: { last: RawRecord; reason: string };
}

/**
 * A harness that writes more than this is looping through a call (a trampoline that
 * returns into itself writes records until the timeout: gigabytes natively): the call is
 * charged as a hang. A real batch writes tens of MiB.
 */
const MAX_OUTPUT = 1 << 30;

const SIGNAL_NAMES = new Map(Object.entries(constants.signals).map(([name, n]) => [n as number, name]));

async function attempt(opts: RunOptions, argv: string[], skips: CallCrash[]): Promise<Attempt> {
  const env = { ABF_SKIP: skips.map((s) => `${s.proto}:${s.caller}:${s.callee}`).join(',') };
  const tool = { timeoutMs: opts.timeoutMs, env, maxOutput: MAX_OUTPUT };
  const r = opts.emulator ? await runTool(opts.emulator, [opts.binary, ...argv], tool) : await runTool(opts.binary, argv, tool);
  const records: RawRecord[] = [];
  const recovered: CallCrash[] = [];
  for (const x of parseRecords(r.stdout)) {
    if (x.kind !== Kind.CRASH) records.push(x);
    else recovered.push({ proto: x.proto, caller: x.a, callee: x.b, reason: `killed by ${SIGNAL_NAMES.get(x.idx) ?? `signal ${x.idx}`}` });
  }
  if (r.exitCode === 0 && !r.timedOut && !r.overflowed) return { records, recovered };
  const begins = records.filter((x) => x.kind === Kind.BEGIN);
  const last = begins[begins.length - 1];
  if (!last) throw new Error(`harness failed before its first call: ${r.stderr.toString().slice(0, 500) || `exit ${r.exitCode}`}`);
  const reason = r.overflowed ? `wrote more than ${MAX_OUTPUT >> 20} MiB of records (a runaway call)` : r.timedOut ? `timed out after ${opts.timeoutMs} ms` : r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
  return { records, recovered, crashed: { last, reason } };
}

/**
 * How many harness processes share a run: qemu runs the harness on one core, and the
 * calls of one prototype never depend on another's, so a batch splits across the cores
 * (a small one stays whole: each process pays qemu's start-up and the runtime's
 * translation again).
 */
function shardsFor(n: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(n / 32)));
}

/** `[from, to)` cut into `k` consecutive ranges. */
function ranges(from: number, to: number, k: number): [number, number][] {
  return Array.from({ length: k }, (_, i) => [from + Math.floor(((to - from) * i) / k), from + Math.floor(((to - from) * (i + 1)) / k)]);
}

async function merged(parts: Promise<RunResult>[]): Promise<RunResult> {
  const done = await Promise.all(parts);
  const records: RawRecord[] = [];
  for (const d of done) append(records, d.records);
  return { records, crashes: done.flatMap((d) => d.crashes), processes: done.reduce((n, d) => n + d.processes, 0) };
}

/** Phase 1 (or the JIT phase, `mode` = ['jit', FILE]): every prototype. */
export async function runAll(opts: RunOptions, nprotos: number, mode: string[] = []): Promise<RunResult> {
  if (mode.length > 0) return runRange(opts, 0, nprotos, (start) => [String(start), ...mode]);
  return merged(ranges(0, nprotos, shardsFor(nprotos)).map(([from, to]) => runRange(opts, from, to, (start) => [String(start), String(to)])));
}

async function runRange(opts: RunOptions, from: number, to: number, argv: (start: number) => string[]): Promise<RunResult> {
  const records: RawRecord[] = [];
  const crashes: CallCrash[] = [];
  /** The calls that killed a process: the next one goes on past them. */
  const skips: CallCrash[] = [];
  let processes = 0;
  for (let start = from; start < to; ) {
    processes++;
    const a = await attempt(opts, argv(start), skips);
    if (!a.crashed) {
      append(records, a.records);
      append(crashes, a.recovered);
      break;
    }
    const { last, reason } = a.crashed;
    // The crashed prototype runs again from its start, so only earlier ones are kept.
    append(records, a.records.filter((x) => x.proto < last.proto));
    append(crashes, a.recovered.filter((x) => x.proto < last.proto));
    const killer = { proto: last.proto, caller: last.a, callee: last.b, reason };
    skips.push(killer);
    crashes.push(killer);
    start = last.proto;
  }
  return { records, crashes, processes };
}

/** Phase 2: the listed (prototype, config) pairs, in order; a crash skips its pair. */
export async function runPhase2(opts: RunOptions, pairs: { proto: number; cfg: number }[]): Promise<RunResult> {
  return merged(ranges(0, pairs.length, shardsFor(pairs.length)).map(([from, to]) => runPairs(opts, pairs.slice(from, to))));
}

async function runPairs(opts: RunOptions, pairs: { proto: number; cfg: number }[]): Promise<RunResult> {
  const records: RawRecord[] = [];
  const crashes: CallCrash[] = [];
  const list = pairs.map((p) => `${p.proto}:${p.cfg}`).join(',');
  let processes = 0;
  for (let start = 0; start < pairs.length; ) {
    processes++;
    const a = await attempt(opts, [String(start), 'phase2', list], []);
    const begins = a.records.filter((x) => x.kind === Kind.BEGIN).length;
    append(crashes, a.recovered);
    if (!a.crashed) {
      append(records, a.records);
      break;
    }
    const { last, reason } = a.crashed;
    crashes.push({ proto: last.proto, caller: last.a, callee: PROBE_ID, reason });
    append(records, a.records.filter((x) => !(x.proto === last.proto && x.a === last.a)));
    // Each pair opens with one BEGIN: the count locates the pair that died.
    start += begins;
  }
  return { records, crashes, processes };
}

/** Spreading hundreds of thousands of records into push() overflows the call stack. */
function append<T>(to: T[], from: T[]): void {
  for (const x of from) to.push(x);
}
