// What the encoder tests share: a table of instruction forms, each a list of cases (the
// assembly text and a thunk that encodes the same instruction), numbered in the order the
// assembler will see them; seeded operand draws; running the assembler's tools; and the
// comparison of one form's cases with what the assembler made of them.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';

export interface Case<E> {
  asm: string;
  /** A thunk, so that an encoder that throws fails its form's test instead of the file. */
  encode: () => E;
}

export interface Form<E> {
  name: string;
  cases: Case<E>[];
  /** Index of the first case in the assembled output. */
  first: number;
}

/** Forms in assembly order; E is what one encoding is (an A64 word, x86 bytes). */
export class FormTable<E> {
  readonly forms: Form<E>[] = [];
  total = 0;

  add<T>(name: string, operands: T[], asm: (o: T) => string, encode: (o: T) => E): void {
    this.forms.push({ name, cases: operands.map((o) => ({ asm: asm(o), encode: () => encode(o) })), first: this.total });
    this.total += operands.length;
  }

  get cases(): Case<E>[] {
    return this.forms.flatMap((f) => f.cases);
  }
}

/** Seeded random operands from `seed` on; each call takes the next seed so forms do not share draws. */
export function seededDraws(seed: number, n: number): <T>(arb: fc.Arbitrary<T>, count?: number) => T[] {
  let next = seed;
  return (arb, count = n) => fc.sample(arb, { seed: next++, numRuns: count });
}

export const cross = <T, U>(ts: readonly T[], us: readonly U[]): [T, U][] => ts.flatMap((t) => us.map((u): [T, U] => [t, u]));

/** Runs an assembler tool; returns its stderr (warnings). */
export function runTool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} exited with ${r.status}:\n${r.stderr}`);
  return r.stderr;
}

/** Each case of `f` whose encoding, spelled by `show`, is not the assembler's: `asm: as X, encoder Y`. */
export function mismatches<E>(f: Form<E>, assembled: readonly E[], show: (e: E) => string): string[] {
  return f.cases.flatMap((c, i) => {
    const want = show(assembled[f.first + i]!);
    let got: string;
    try {
      got = show(c.encode());
    } catch (e) {
      got = `threw ${(e as Error).message}`;
    }
    return got === want ? [] : [`${c.asm}: as ${want}, encoder ${got}`];
  });
}
