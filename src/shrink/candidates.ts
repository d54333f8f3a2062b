// Every one-step simplification of a prototype, most aggressive (smallest) first, with the
// short-name rewrite last. Each candidate holds only what its function uses, is strictly
// smaller than its parent by sizeOf (the rename aside), breaks no C rule its parent kept,
// and prints to a header that parses back to the same IR, so the oracle sees exactly it.
import { isDeepStrictEqual } from 'node:util';
import { declsFor } from '../c/closure.js';
import { functionsOf, type Header } from '../c/ir.js';
import { parseHeader } from '../c/parse.js';
import { printHeader } from '../c/print.js';
import type { PrototypeInput } from '../data/prototype.js';
import { shortNames } from './rename.js';
import { sizeOf } from './size.js';
import type { Step } from './step.js';
import { attrSteps } from './steps-attrs.js';
import { enumSteps } from './steps-enums.js';
import { recordSteps } from './steps-records.js';
import { signatureSteps } from './steps-signature.js';
import { typeSteps } from './steps-types.js';
import { violations } from './validity.js';

/** In order of preference among candidates of equal size. */
export const STEPS: readonly Step[] = [...signatureSteps, ...recordSteps, ...typeSteps, ...enumSteps, ...attrSteps];

export function candidates(input: PrototypeInput): PrototypeInput[] {
  const base = tidy(input);
  const size = sizeOf(base);
  const broken = violations(base.header).length;
  const seen = new Set([printHeader(base.header)]);
  const fresh = (c: PrototypeInput): boolean => {
    const text = printHeader(c.header);
    if (seen.has(text)) return false;
    seen.add(text);
    return violations(c.header).length <= broken && roundTrips(c.header, text);
  };
  const smaller = proposals(base).filter((c) => sizeOf(c) < size && fresh(c));
  const sorted = smaller.map((c, i) => ({ c, i, n: sizeOf(c) })).sort((a, b) => a.n - b.n || a.i - b.i).map((x) => x.c);
  const renamed = inputOf(shortNames(base.header), base.origin);
  return fresh(renamed) ? [...sorted, renamed] : sorted;
}

/** What the steps propose for a tidy prototype, tidied, before any check (tests look at these). */
export function proposals(base: PrototypeInput): PrototypeInput[] {
  return STEPS.flatMap((step) => step(base.header)).map((h) => inputOf(h, base.origin));
}

/** The prototype with only the declarations its function uses: what the oracle compiles anyway. */
export function tidy(input: PrototypeInput): PrototypeInput {
  const header = declsFor(input.header, input.fn);
  return { origin: input.origin, header, fn: input.fn };
}

function inputOf(h: Header, origin: string): PrototypeInput {
  const fns = functionsOf(h);
  if (fns.length !== 1) throw new Error(`shrink: a candidate has ${fns.length} functions`);
  return tidy({ origin, header: h, fn: fns[0]! });
}

export function roundTrips(h: Header, text = printHeader(h)): boolean {
  try {
    return isDeepStrictEqual(parseHeader(text, 'candidate.h'), h);
  } catch {
    return false;
  }
}
