// Sorts the JIT phase's records by (prototype, caller config, trampoline). Pure.
import { Kind, type RawRecord } from '../../oracle/records.js';

export const JitKind = { ARG: 10, RET: 11, CTX: 12, REGS: 13 } as const;

/** Callee ids of JIT runs in records: bit 15 set, then the variant's and the mode's place in the request. */
export const JIT_ID_FLAG = 0x8000;
export const jitId = (variant: number, mode: number): number => JIT_ID_FLAG | (variant << 2) | mode;

export interface JitRecords {
  /** What the traced function received, per parameter. */
  args: Map<number, Buffer>;
  /** What the caller got back. */
  ret?: Buffer;
  /** What each program saw, by hook number (PROG_HOOK in bpf/modes.ts). */
  ctx: Map<number, Buffer>;
  regs?: Buffer;
  /** The function's entry had no NOPs to patch, or the trampoline was out of `bl` range. */
  unpatchable: boolean;
}

export const jitKey = (proto: number, cfg: number, id: number): string => `${proto}:${cfg}:${id}`;

export function groupJitRecords(records: RawRecord[]): Map<string, JitRecords> {
  const out = new Map<string, JitRecords>();
  for (const r of records) {
    if (r.kind === Kind.BEGIN || r.kind === Kind.END) continue;
    const key = jitKey(r.proto, r.a, r.b);
    let g = out.get(key);
    if (!g) out.set(key, (g = { args: new Map(), ctx: new Map(), unpatchable: false }));
    switch (r.kind) {
      case JitKind.ARG: g.args.set(r.idx, r.data); break;
      case JitKind.RET: g.ret = r.data; break;
      case JitKind.CTX: g.ctx.set(r.idx, r.data); break;
      case JitKind.REGS: if (r.round === 1) g.unpatchable = true; else g.regs = r.data; break;
    }
  }
  return out;
}
