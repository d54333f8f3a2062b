// The runtime's pointee list, as every target's probe record ends with it (runtime.c
// emit_probe): any argument register or stack slot that points into the caller's stack.
import type { ProbeDump } from './target.js';

/** The pointees after the window: { src, offset, len } then len bytes, each. */
export function parseRefs(d: Buffer, from: number): ProbeDump['refs'] {
  const refs: ProbeDump['refs'] = [];
  for (let at = from; at + 24 <= d.length;) {
    const src = Number(d.readBigUInt64LE(at));
    const offset = Number(d.readBigUInt64LE(at + 8));
    const len = Number(d.readBigUInt64LE(at + 16));
    refs.push({ src, offset, bytes: d.subarray(at + 24, at + 24 + len) });
    at += 24 + len;
  }
  return refs;
}
