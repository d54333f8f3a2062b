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

export function u64s(d: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i + 8 <= d.length; i += 8) out.push(Number(d.readBigUInt64LE(i)));
  return out;
}
