// `npm run bench:parse` (also part of `npm run bench`): how fast `abifuzz check` reads a
// big pasted header. The header is the corpus over and over, every copy's names prefixed
// so that each copy declares new functions, structs, enums and typedefs (a header of
// distinct names is the worst case for any lookup that scans what came before).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { functionsOf, type FunctionDecl, type Header } from '../src/c/ir.js';
import { parseHeader } from '../src/c/parse.js';
import { printFunction, printHeader } from '../src/c/print.js';
import { prefixGlobalNames } from '../src/c/rename.js';

const TARGET_BYTES = Number(process.env.BENCH_PARSE_MB ?? 5) * 1e6;

function headersUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return headersUnder(path);
    return path.endsWith('.h') ? [path] : [];
  });
}

/**
 * A fifth of `bytes` is the corpus as the parser's canonical text, copy after renamed copy
 * (new structs, enums and typedefs each time); the rest is its prototypes again and again
 * under new names, as in a header of kernel prototypes.
 */
function bigHeader(bytes: number): string {
  const corpus: Header[] = headersUnder('corpus').map((file) => parseHeader(readFileSync(file, 'utf8'), file));
  const parts: string[] = [];
  const functions: FunctionDecl[] = [];
  let size = 0;
  const add = (text: string): void => {
    parts.push(text);
    size += text.length + 1;
  };
  for (let copy = 0; size < bytes / 5; copy++) {
    const header = prefixGlobalNames(corpus[copy % corpus.length]!, `c${copy}_`);
    add(printHeader(header));
    functions.push(...functionsOf(header));
  }
  for (let i = 0; size < bytes; i++) {
    const fn = functions[i % functions.length]!;
    add(printFunction(fn, `${fn.name}_r${Math.floor(i / functions.length)}`));
  }
  return parts.join('\n');
}

function main(): void {
  const text = bigHeader(TARGET_BYTES);
  const t0 = performance.now();
  const header = parseHeader(text, 'big.h');
  const seconds = (performance.now() - t0) / 1000;
  const mb = text.length / 1e6;
  const prototypes = functionsOf(header).length;
  console.log(`parse: ${mb.toFixed(1)} MB header, ${prototypes} prototypes in ${seconds.toFixed(2)} s (${(mb / seconds).toFixed(2)} MB/s)`);
}

main();
