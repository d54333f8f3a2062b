// The trampoline file the harness loads (the target's jit.c, load()): "ABFJ", a count,
// then per trampoline its prototype, id, context slots, word count and words, all u32
// little-endian. Code of an ISA with variable-length instructions goes in as words too,
// its last word padded. Pure.

export interface TrampolineRun {
  proto: number;
  id: number;
  nslots: number;
  words: Uint32Array;
}

const MAGIC = 0x4a464241;

/** `codeMax`: the bytes the target's harness has room for, per trampoline. */
export function encodeTrampolines(runs: TrampolineRun[], codeMax: number): Buffer {
  const words: number[] = [MAGIC, runs.length];
  for (const r of runs) {
    if (r.words.length * 4 > codeMax) throw new Error(`trampoline ${r.id} of prototype ${r.proto} is ${r.words.length * 4} bytes, over ${codeMax}`);
    words.push(r.proto, r.id, r.nslots, r.words.length, ...r.words);
  }
  return u32s(words);
}

/** Words as u32 little-endian. */
export function u32s(words: ArrayLike<number>): Buffer {
  const b = Buffer.alloc(words.length * 4);
  for (let i = 0; i < words.length; i++) b.writeUInt32LE(words[i]! >>> 0, i * 4);
  return b;
}

/** Bytes of code as little-endian words, the last one padded with `fill` (x86-64: int3). */
export function bytesAsWords(code: Uint8Array, fill: number): Uint32Array {
  const padded = new Uint8Array(Math.ceil(code.length / 4) * 4).fill(fill);
  padded.set(code);
  const view = new DataView(padded.buffer);
  return Uint32Array.from({ length: padded.length / 4 }, (_, i) => view.getUint32(4 * i, true));
}
