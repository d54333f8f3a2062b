// Eightbytes to registers, for arguments and results alike: each INTEGER eightbyte takes
// the next general register of its list, each SSE one the next vector register, and an
// SSEUP eightbyte continues the vector register of the SSE eightbyte before it.
import type { EightbyteClass } from './eightbyte.js';
import { registerPart, type Part } from './located.js';

export interface InRegisters {
  /** One per eightbyte; undefined for a NO_CLASS one. */
  parts: (Part | undefined)[];
  /** How many of each list were taken. */
  ints: number;
  sses: number;
}

/** From `gprs[gpr]` and `xmms[sse]` on; the caller has checked that enough are left. */
export function registerParts(classes: readonly EightbyteClass[], gprs: readonly string[], gpr: number, xmms: readonly string[], sse: number): InRegisters {
  let ints = 0;
  let sses = 0;
  let vector: Part | undefined;
  const parts = classes.map((c, k): Part | undefined => {
    switch (c) {
      case 'INTEGER': return registerPart(gprs[gpr + ints++]!, 8 * k);
      case 'SSE': return (vector = registerPart(xmms[sse + sses++]!, 8 * k));
      case 'SSEUP': return vector;
      default: return undefined;
    }
  });
  return { parts, ints, sses };
}
