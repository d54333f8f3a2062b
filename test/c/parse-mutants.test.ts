// Byte-level mutants of the corpus headers, as a user might paste them damaged: parseHeader
// either returns a header or throws a one-line CParseError, and promptly; any other
// exception, or a hang, fails. Mutants that once failed are kept as fixtures and parsed too.
// ABIFUZZ_SAVE_MUTANTS=1 writes a failing mutant into the fixtures for keeping.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CParseError, parseHeader } from '../../src/c/parse.js';

const SEED = Number(process.env.ABIFUZZ_MUTANT_SEED ?? 0x15_2026);
const MUTANTS = Number(process.env.ABIFUZZ_MUTANTS ?? 400);
/** A hang check, not a speed target: each of these parses in milliseconds. */
const HANG_MS = 2_000;
const FIXTURES = 'test/c/fixtures/parser-mutants';

/** mulberry32: a tiny seeded generator, so that mutant i is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Random = () => number;
const below = (r: Random, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[below(r, xs.length)]!;

/** Fragments C-aware damage tends to involve: brackets, directives, keywords, deep runs. */
const FRAGMENTS = ['(', ')', '{', '}', '[', ']', ';', ',', '*', '#', '\n#', '"', "'", '/*', '*/', '//', '\\\n', ':', '=', '-', '~', '<<', '...',
  'struct ', 'union ', 'enum ', 'typedef ', '__attribute__((', 'aligned(', 'packed', '_Alignas(', '_BitInt(', 'sizeof', '0x', '99999999999999999999',
  '\n#pragma pack(push, 3)\n', '\n#pragma pack(pop)\n', '\n#define X\n', '\n#ifndef X\n', '\n#endif\n', '\n#include <stdint.h>\n', '\u00e9', '\0', '\r'];
/** Runs repeated up to DEEP times, and pairs that nest when wrapped around a name. */
const RUNS = ['(', '[1]', '*', '{', 'struct {', '- ', 'int a, ', 'u64, ', '__attribute__((packed)) ', 'typedef int t; ', 'A, '];
const WRAPS: [string, string][] = [['(', ')'], ['(*', ')'], ['struct { int ', '; } m;'], ['(1 + ', ')'], ['f(int ', ')']];
const DEEP = 20_000;

type Mutation = (bytes: Buffer, r: Random) => Buffer;

/** A random range of `bytes`: short ones mostly, sometimes a large part of the file. */
function range(bytes: Buffer, r: Random): [number, number] {
  const start = below(r, bytes.length + 1);
  const len = r() < 0.8 ? below(r, 8) : below(r, bytes.length - start + 1);
  return [start, Math.min(bytes.length, start + len)];
}

const splice = (bytes: Buffer, [from, to]: [number, number], insert: Buffer): Buffer => Buffer.concat([bytes.subarray(0, from), insert, bytes.subarray(to)]);
const randomBytes = (r: Random, n: number): Buffer => Buffer.from(Array.from({ length: n }, () => below(r, 256)));

const MUTATIONS: Record<string, Mutation> = {
  delete: (b, r) => splice(b, range(b, r), Buffer.alloc(0)),
  insertBytes: (b, r) => {
    const at = below(r, b.length + 1);
    return splice(b, [at, at], randomBytes(r, 1 + below(r, 4)));
  },
  replaceBytes: (b, r) => splice(b, range(b, r), randomBytes(r, 1 + below(r, 4))),
  insertFragment: (b, r) => {
    const at = below(r, b.length + 1);
    return splice(b, [at, at], Buffer.from(pick(r, FRAGMENTS)));
  },
  duplicate: (b, r) => {
    const [from, to] = range(b, r);
    const at = below(r, b.length + 1);
    return splice(b, [at, at], Buffer.from(b.subarray(from, to)));
  },
  deepRun: (b, r) => {
    const at = r() < 0.5 ? below(r, b.length + 1) : nameAt(b, r)[1];
    return splice(b, [at, at], Buffer.from(pick(r, RUNS).repeat(1 + below(r, DEEP))));
  },
  wrapName: (b, r) => {
    const [from, to] = nameAt(b, r);
    const [open, close] = pick(r, WRAPS);
    const n = 1 + below(r, DEEP);
    return splice(b, [from, to], Buffer.concat([Buffer.from(open.repeat(n)), b.subarray(from, to), Buffer.from(close.repeat(n))]));
  },
  truncate: (b, r) => b.subarray(0, below(r, b.length + 1)),
};

/** The byte range of a random identifier, where nesting inserted around it is likely parsed. */
function nameAt(bytes: Buffer, r: Random): [number, number] {
  const names = [...bytes.toString('latin1').matchAll(/[A-Za-z_]\w*/g)];
  if (names.length === 0) return [0, 0];
  const m = pick(r, names);
  return [m.index, m.index + m[0].length];
}

function headersUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.h')).sort().map((f) => join(dir, f));
}

/** Why parsing `text` failed the test, or undefined when it returned or threw a proper CParseError in time. */
function misbehaviour(text: string, file: string): string | undefined {
  const started = performance.now();
  let problem: string | undefined;
  try {
    parseHeader(text, file);
  } catch (e) {
    if (!(e instanceof CParseError)) problem = `${(e as Error).name}: ${(e as Error).message}`;
    else if (!e.message.startsWith(`${file}:${e.line}:${e.col}: `) || /[\r\n]/.test(e.message)) problem = `malformed message ${JSON.stringify(e.message.slice(0, 200))}`;
  }
  const ms = performance.now() - started;
  return problem ?? (ms > HANG_MS ? `took ${ms.toFixed(0)} ms` : undefined);
}

describe('parseHeader on mutants of the corpus headers', () => {
  const corpus = headersUnder('corpus').map((file) => ({ file, bytes: readFileSync(file) }));

  it(`returns or throws a CParseError, promptly, for ${MUTANTS} mutants (seed ${SEED})`, () => {
    const r = seeded(SEED);
    const failures: string[] = [];
    for (let i = 0; i < MUTANTS; i++) {
      const base = pick(r, corpus);
      const ops = Array.from({ length: 1 + below(r, 3) }, () => pick(r, Object.keys(MUTATIONS)));
      const bytes = ops.reduce<Buffer>((b, op) => MUTATIONS[op]!(b, r), base.bytes);
      const name = `mutant-${i}.h`;
      const problem = misbehaviour(bytes.toString('utf8'), name);
      if (problem === undefined) continue;
      failures.push(`${name} (${ops.join(' + ')} of ${base.file}): ${problem}`);
      if (process.env.ABIFUZZ_SAVE_MUTANTS) {
        mkdirSync(FIXTURES, { recursive: true });
        writeFileSync(join(FIXTURES, `seed-${SEED}-${name}`), bytes);
      }
    }
    expect(failures).toStrictEqual([]);
  });

  it.each(headersUnder(FIXTURES))('returns or throws a CParseError, promptly, for %s', (file) => {
    expect(misbehaviour(readFileSync(file, 'utf8'), file)).toBeUndefined();
  });
});
