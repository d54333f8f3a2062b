// The kfunc run file the harness loads (the target's jit.c, drive_kfuncs): "ABFK", a
// count, then per run its prototype, id, word count, BPF-to-BPF entry word and config count, the words, and
// per config its number, a zero word and the BPF caller's 12 slots, all little-endian.
// Pure.
import { MAX_ARGS } from '../../bpf/func-model/model.js';
import type { BpfCall } from '../../bpf/stack-args.js';
import { u32s } from './blob.js';

export interface KfuncRun {
  proto: number;
  id: number;
  words: Uint32Array;
  /** The word where the BPF-to-BPF call of the same slots begins. */
  bpfToBpfAt: number;
  /** Per config (its number in the batch): what the BPF caller passes, slot by slot. */
  slots: { cfg: number; bytes: Uint8Array }[];
}

const MAGIC = 0x4b464241;
const SLOT_BYTES = 8 * MAX_ARGS;
/** What a slot holds beyond its argument's bytes: never graffiti. */
const FILL = 0xee;

/** The BPF caller's slots: each argument's bytes from its first slot on, the rest FILL. */
export function slotBytes(call: BpfCall, values: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(SLOT_BYTES).fill(FILL);
  call.args.forEach((a, i) => out.set(values[i]!.subarray(0, 8 * a.count), 8 * a.first));
  return out;
}

export function encodeKfuncRuns(runs: KfuncRun[], codeMax: number): Buffer {
  const parts: Buffer[] = [u32s([MAGIC, runs.length])];
  for (const r of runs) {
    if (r.words.length * 4 > codeMax) throw new Error(`kfunc call ${r.id} of prototype ${r.proto} is ${r.words.length * 4} bytes, over ${codeMax}`);
    parts.push(u32s([r.proto, r.id, r.words.length, r.bpfToBpfAt, r.slots.length]), u32s(r.words));
    for (const s of r.slots) parts.push(u32s([s.cfg, 0]), Buffer.from(s.bytes));
  }
  return Buffer.concat(parts);
}

