// Runs the linked harness under qemu-user. If it dies or hangs, the call that was running
// is recorded as crashed and the harness starts again at the same prototype with that
// call skipped: a caller->callee crash costs one pair, a probe crash one config, and the
// rest of the batch still reports.
import { execa } from 'execa';
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
}

export interface RunOptions {
  qemu: string;
  binary: string;
  timeoutMs: number;
}

interface Attempt {
  records: RawRecord[];
  crashed?: { last: RawRecord; reason: string };
}

async function attempt(opts: RunOptions, argv: string[], skips: CallCrash[]): Promise<Attempt> {
  const env = { ABF_SKIP: skips.map((s) => `${s.proto}:${s.caller}:${s.callee}`).join(',') };
  const r = await execa(opts.qemu, [opts.binary, ...argv], { encoding: 'buffer', reject: false, timeout: opts.timeoutMs, maxBuffer: 1 << 30, stdin: 'ignore', env });
  const records = parseRecords(Buffer.from(r.stdout as Uint8Array));
  if (r.exitCode === 0 && !r.timedOut) return { records };
  const begins = records.filter((x) => x.kind === Kind.BEGIN);
  const last = begins[begins.length - 1];
  if (!last) throw new Error(`harness failed before its first call: ${Buffer.from(r.stderr as Uint8Array).toString().slice(0, 500) || `exit ${r.exitCode}`}`);
  const reason = r.timedOut ? `timed out after ${opts.timeoutMs} ms` : r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
  return { records, crashed: { last, reason } };
}

/** Phase 1 (or the JIT phase, `mode` = ['jit', FILE]): every prototype. */
export async function runAll(opts: RunOptions, nprotos: number, mode: string[] = []): Promise<RunResult> {
  const records: RawRecord[] = [];
  const crashes: CallCrash[] = [];
  for (let start = 0; start < nprotos;) {
    const a = await attempt(opts, [String(start), ...mode], crashes);
    if (!a.crashed) {
      append(records, a.records);
      break;
    }
    const { last, reason } = a.crashed;
    crashes.push({ proto: last.proto, caller: last.a, callee: last.b, reason });
    // The crashed prototype runs again from its start, so only earlier ones are kept.
    append(records, a.records.filter((x) => x.proto < last.proto));
    start = last.proto;
  }
  return { records, crashes };
}

/** Phase 2: the listed (prototype, config) pairs, in order; a crash skips its pair. */
export async function runPhase2(opts: RunOptions, pairs: { proto: number; cfg: number }[]): Promise<RunResult> {
  const records: RawRecord[] = [];
  const crashes: CallCrash[] = [];
  const list = pairs.map((p) => `${p.proto}:${p.cfg}`).join(',');
  for (let start = 0; start < pairs.length;) {
    const a = await attempt(opts, [String(start), 'phase2', list], []);
    const begins = a.records.filter((x) => x.kind === Kind.BEGIN).length;
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
  return { records, crashes };
}

/** Spreading hundreds of thousands of records into push() overflows the call stack. */
function append<T>(to: T[], from: T[]): void {
  for (const x of from) to.push(x);
}
