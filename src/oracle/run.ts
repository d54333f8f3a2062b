// Runs the linked harness under qemu-user. If it dies or hangs inside a prototype, that
// prototype is recorded as crashed (with the call that was running) and the harness is
// started again after it, so the rest of the batch still reports.
import { execa } from 'execa';
import { Kind, parseRecords, PROBE_ID, type RawRecord } from './records.js';

export interface CallCrash {
  proto: number;
  caller: number;
  /** Callee config index, or undefined when the probe was being called. */
  callee: number | undefined;
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

/** Phase 1: every prototype, from the first. */
export async function runAll(opts: RunOptions, nprotos: number): Promise<RunResult> {
  return runResuming(opts, (start) => [String(start)], (records) => lastBegun(records), nprotos);
}

/** Phase 2: the listed (prototype, config) pairs, in order. */
export async function runPhase2(opts: RunOptions, pairs: { proto: number; cfg: number }[]): Promise<RunResult> {
  if (pairs.length === 0) return { records: [], crashes: [] };
  const list = pairs.map((p) => `${p.proto}:${p.cfg}`).join(',');
  // Each pair starts with one BEGIN record, so the count locates the pair that died.
  const positionOf = (records: RawRecord[], start: number): number => start + records.filter((r) => r.kind === Kind.BEGIN).length - 1;
  return runResuming(opts, (start) => [String(start), 'phase2', list], positionOf, pairs.length);
}

async function runResuming(opts: RunOptions, argv: (start: number) => string[], crashedAt: (records: RawRecord[], start: number) => number, total: number): Promise<RunResult> {
  const records: RawRecord[] = [];
  const crashes: CallCrash[] = [];
  for (let start = 0; start < total;) {
    const r = await execa(opts.qemu, [opts.binary, ...argv(start)], { encoding: 'buffer', reject: false, timeout: opts.timeoutMs, maxBuffer: 1 << 30, stdin: 'ignore' });
    const got = parseRecords(Buffer.from(r.stdout as Uint8Array));
    if (r.exitCode === 0 && !r.timedOut) {
      records.push(...got);
      break;
    }
    const begins = got.filter((x) => x.kind === Kind.BEGIN);
    const last = begins[begins.length - 1];
    if (!last) throw new Error(`harness failed before its first call: ${Buffer.from(r.stderr as Uint8Array).toString().slice(0, 500) || `exit ${r.exitCode}`}`);
    const reason = r.timedOut ? `timed out after ${opts.timeoutMs} ms` : r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
    crashes.push({ proto: last.proto, caller: last.a, callee: last.b === PROBE_ID ? undefined : last.b, reason });
    // Keep only what completed: records of the crashed prototype are incomplete.
    records.push(...got.filter((x) => x.proto !== last.proto));
    start = Math.max(start, crashedAt(got, start)) + 1;
  }
  return { records, crashes };
}

function lastBegun(records: RawRecord[]): number {
  for (let i = records.length - 1; i >= 0; i--) if (records[i]!.kind === Kind.BEGIN) return records[i]!.proto;
  return -1;
}
