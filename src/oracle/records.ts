// Decodes the runtime's binary record stream (see src/oracle/c/runtime.c, abf_emit).
export const Kind = { BEGIN: 1, LAYOUT: 2, PROBE: 3, CALLEE_ARG: 4, RET_RECV: 5, END: 6, MASK: 7, BOOLMAP: 8, CLOBBER: 9, CRASH: 14 } as const;
export const PROBE_ID = 0xffff;

export interface RawRecord {
  kind: number;
  proto: number;
  /** Caller config index. */
  a: number;
  /** Callee config index, PROBE_ID for the probe; for PROBE records, 1 in phase 2. */
  b: number;
  round: number;
  idx: number;
  data: Buffer;
}

const HEADER = 24;

/** Parses complete records; a truncated tail (the process died mid-write) is dropped. */
export function parseRecords(buf: Buffer): RawRecord[] {
  const out: RawRecord[] = [];
  let at = 0;
  while (at + HEADER <= buf.length) {
    const len = buf.readUInt32LE(at + 16);
    if (at + HEADER + len > buf.length) break;
    const ab = buf.readUInt32LE(at + 8);
    const ri = buf.readUInt32LE(at + 12);
    out.push({
      kind: buf.readUInt32LE(at),
      proto: buf.readUInt32LE(at + 4),
      a: ab & 0xffff,
      b: ab >>> 16,
      round: ri & 0xffff,
      idx: ri >>> 16,
      data: buf.subarray(at + HEADER, at + HEADER + len),
    });
    at += HEADER + len;
  }
  return out;
}

export interface ProbeDump {
  /** x0..x8 as 8 little-endian bytes each. */
  x: Buffer[];
  sp: bigint;
  /** q0..q7, 16 bytes each. */
  q: Buffer[];
  stack: Buffer;
  /** Pointees found through an argument register (src 0..7) or stack slot (src 8 + slot). */
  refs: { src: number; offset: number; bytes: Buffer }[];
}

export function parseProbe(d: Buffer): ProbeDump {
  const x = Array.from({ length: 9 }, (_, i) => d.subarray(i * 8, i * 8 + 8));
  const sp = d.readBigUInt64LE(72);
  const q = Array.from({ length: 8 }, (_, i) => d.subarray(80 + i * 16, 96 + i * 16));
  const window = Number(d.readBigUInt64LE(208));
  const stack = d.subarray(216, 216 + window);
  const refs: ProbeDump['refs'] = [];
  for (let at = 216 + window; at + 24 <= d.length;) {
    const src = Number(d.readBigUInt64LE(at));
    const offset = Number(d.readBigUInt64LE(at + 8));
    const len = Number(d.readBigUInt64LE(at + 16));
    refs.push({ src, offset, bytes: d.subarray(at + 24, at + 24 + len) });
    at += 24 + len;
  }
  return { x, sp, q, stack, refs };
}

export function u64s(d: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i + 8 <= d.length; i += 8) out.push(Number(d.readBigUInt64LE(i)));
  return out;
}
