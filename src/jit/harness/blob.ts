// The trampoline file the harness loads (src/oracle/c/jit.c, load()): "ABFJ", a count,
// then per trampoline its prototype, id, context slots, word count and words, all u32
// little-endian. Pure.
import type { JitPrototype } from '../plan.js';
import { CODE_MAX } from './region.js';

const MAGIC = 0x4a464241;

export function encodeTrampolines(protos: JitPrototype[]): Buffer {
  const words: number[] = [MAGIC, 0];
  let count = 0;
  for (const p of protos) {
    for (const t of p.trampolines) {
      if (!t.result.ok) continue;
      if (t.result.words.length * 4 > CODE_MAX) throw new Error(`trampoline ${t.variant}/${t.mode.name} of prototype ${p.proto} is ${t.result.words.length * 4} bytes, over ${CODE_MAX}`);
      words.push(p.proto, t.id, t.result.placement.nslots, t.result.words.length, ...t.result.words);
      count++;
    }
  }
  words[1] = count;
  const buf = Buffer.alloc(words.length * 4);
  words.forEach((w, i) => buf.writeUInt32LE(w >>> 0, i * 4));
  return buf;
}
