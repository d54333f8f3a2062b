import { functionsOf } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { printHeader } from '../../src/c/print.js';
import type { PrototypeInput } from '../../src/data/prototype.js';

/** The first function of `text` with its header. */
export function inputOf(text: string, file = 't.h'): PrototypeInput {
  const header = parseHeader(text, file);
  return { origin: file, header, fn: functionsOf(header)[0]! };
}

/** The printed header on one line, for compact assertions. */
export function flat(input: PrototypeInput): string {
  return printHeader(input.header).replace(/\s+/g, ' ').trim();
}
