// What the aarch64 probe (harness/probe.S, harness/target.h) records and how locations on
// aarch64 are named: x0-x7 and v0-v7 (q0-q7 as the probe saves them), x8 for a result
// returned by reference.
import { parseRefs } from '../probe-refs.js';
import type { ProbeDump, RegisterFile } from '../target.js';

const names = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

export const X_ARGS: RegisterFile = { names: names('x', 8), bytes: 8, kind: 'general' };
export const V_ARGS: RegisterFile = { names: names('v', 8), bytes: 16, kind: 'vector' };

/** The places the clobber stub (probe.S abf_clobber) destroys, mode by mode. */
export const CLOBBER_PLACES = [...X_ARGS.names, ...V_ARGS.names, 'stack'];

/** struct abf_regs { u64 x[9]; u64 sp; u8 q[8][16]; }, the stack window's length, the window, then pointees. */
export function parseProbe(d: Buffer): ProbeDump {
  const x = Array.from({ length: 9 }, (_, i) => d.subarray(i * 8, i * 8 + 8));
  const sp = d.readBigUInt64LE(72);
  const q = Array.from({ length: 8 }, (_, i) => d.subarray(80 + i * 16, 96 + i * 16));
  const window = Number(d.readBigUInt64LE(208));
  const stack = d.subarray(216, 216 + window);
  return { regs: [x.slice(0, 8), q], sp, stack, refs: parseRefs(d, 216 + window) };
}
