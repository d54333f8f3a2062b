// What the x86-64 probe (harness/probe.S, harness/target.h) records and how locations on
// x86-64 are named: rdi..r9 and xmm0-7 (ymm0-7 as the probe saves them, 32 bytes) for
// arguments; rax, rdx, xmm0-1 and the x87 registers st0-1 for a result; rdi for the buffer
// of a result returned in memory.
import { parseRefs } from '../probe-refs.js';
import type { ProbeDump, RegisterFile } from '../target.js';

export const GPR_ARGS: RegisterFile = { names: ['rdi', 'rsi', 'rdx', 'rcx', 'r8', 'r9'], bytes: 8, kind: 'general' };
export const XMM: RegisterFile = { names: Array.from({ length: 8 }, (_, i) => `xmm${i}`), bytes: 32, kind: 'vector', upperFrom: 8 };
/** The general return registers: not argument registers as such (rdx is both), a file of their own. */
export const GPR_RETURNS: RegisterFile = { names: ['rax', 'rdx'], bytes: 8, kind: 'general' };
/** The x87 stack's top two registers, a result's 80 bits in the first 10 of 16 bytes. */
export const X87: RegisterFile = { names: ['st0', 'st1'], bytes: 16, kind: 'vector' };

/** The places the clobber stub (probe.S abf_clobber) destroys, mode by mode: an xmm's bytes 0-7 and 8-31 apart. */
export const CLOBBER_PLACES = [...GPR_ARGS.names, ...XMM.names, 'stack', ...XMM.names.map((r) => `${r}.upper`)];

const REGS_BYTES = 368;
/** Read only: shared by every dump. */
const NO_RESULT = [[Buffer.alloc(8), Buffer.alloc(8)], [Buffer.alloc(16), Buffer.alloc(16)]];

/**
 * struct abf_regs { u64 g[6]; u64 ret[2]; u64 sp, pad; u8 y[8][32]; u8 st[2][16]; }, the stack
 * window's length, the window, then pointees. At entry no result register holds anything:
 * those files read as zeros.
 */
export function parseProbe(d: Buffer): ProbeDump {
  const g = Array.from({ length: 6 }, (_, i) => d.subarray(i * 8, i * 8 + 8));
  const sp = d.readBigUInt64LE(64);
  const y = Array.from({ length: 8 }, (_, i) => d.subarray(80 + i * 32, 112 + i * 32));
  const window = Number(d.readBigUInt64LE(REGS_BYTES));
  const stack = d.subarray(REGS_BYTES + 8, REGS_BYTES + 8 + window);
  return { regs: [g, y, ...NO_RESULT], sp, stack, refs: parseRefs(d, REGS_BYTES + 8 + window) };
}
