// Coverage counting on hand-written prototypes whose rules the AAPCS64 text decides, and
// over generated ones: what every rule id means, per-prototype counting, what was never hit.
import { describe, expect, it } from 'vitest';
import { functionsOf } from '../../src/c/ir.js';
import { parseHeader } from '../../src/c/parse.js';
import { Coverage, formatCoverage, pairKey, type CoverageSummary } from '../../src/campaign/coverage.js';
import { prototypeAt } from '../../src/campaign/source.js';
import { formatSummary, type CampaignSummary } from '../../src/campaign/summary.js';
import { junitXml } from '../../src/campaign/junit.js';
import type { PrototypeInput } from '../../src/data/prototype.js';
import { coverDialects } from '../../src/campaign/dialect-coverage.js';
import { dialectsOf } from '../../src/campaign/plan.js';
import { modelView } from '../../src/model/view.js';
import { makeConfigs } from '../../src/toolchains/config.js';
import { DEFAULT_TARGET } from '../../src/targets/index.js';

const T = DEFAULT_TARGET;

function input(text: string): PrototypeInput {
  const header = parseHeader(text, 'test.h');
  return { origin: 'test.h', header, fn: functionsOf(header).at(-1)! };
}

function cover(texts: string[], known: string[] = []): CoverageSummary {
  const c = new Coverage(known);
  for (const t of texts) {
    const p = input(t);
    c.add(p, modelView(p, T, true).prediction, T.rules);
  }
  return c.summary();
}

/** The rules one prototype fires, in vocabulary order. */
const rulesOf = (text: string): string[] => Object.keys(cover([text]).rules.model!.rules).sort((a, b) => T.rules.ids.indexOf(a) - T.rules.ids.indexOf(b));
const pairsOf = (text: string): string[] => Object.keys(cover([text]).rules.model!.pairs);

const longs = (n: number): string => Array.from({ length: n }, (_, i) => `long a${i}`).join(', ');
const doubles = (n: number): string => Array.from({ length: n }, (_, i) => `double d${i}`).join(', ');

describe('coverage of the AAPCS64 rules', () => {
  it('a 16-byte aligned argument at NGRN 7 fires C.10 (NGRN rounded to 8) and C.13, then goes to the stack (C.14, C.17)', () => {
    expect(rulesOf(`void f(${longs(7)}, __int128 x);`)).toEqual(['C.9', 'C.10', 'C.13', 'C.14', 'C.17']);
    expect(pairsOf(`void f(${longs(7)}, __int128 x);`)).toEqual(expect.arrayContaining([pairKey('C.10', 'int128'), pairKey('C.13', 'int128'), pairKey('C.9', 'plain')]));
  });

  it('an __int128 at an even NGRN takes a register pair (C.11) without C.10', () => {
    expect(rulesOf('void f(__int128 x);')).toEqual(['C.11']);
  });

  it('an HFA fires B.2 and C.2 in v registers, and C.3, C.4, C.6 when too few are left', () => {
    const h = 'struct h { float a, b, c; };';
    expect(rulesOf(`${h} void f(struct h x);`)).toEqual(['B.2/HFA', 'C.2']);
    expect(rulesOf(`${h} void f(${doubles(6)}, struct h x);`)).toEqual(['B.2/HFA', 'C.1', 'C.3', 'C.4', 'C.6']);
    expect(pairsOf(`${h} void f(struct h x);`)).toEqual(expect.arrayContaining([pairKey('B.2/HFA', 'fp'), pairKey('C.2', 'struct')]));
  });

  it('an HVA is B.2/HVA', () => {
    expect(rulesOf('typedef float v4 __attribute__((vector_size(16)));\nstruct v { v4 a, b; };\nvoid f(struct v x);')).toEqual(['B.2/HVA', 'C.2']);
  });

  it('a float on the stack takes 8 bytes (C.5)', () => {
    expect(rulesOf(`void f(${doubles(8)}, float y);`)).toEqual(['C.1', 'C.5', 'C.6']);
  });

  it('a long double on the stack is 16-aligned (C.4)', () => {
    expect(rulesOf(`void f(${doubles(8)}, long double y);`)).toEqual(['C.1', 'C.4', 'C.6']);
  });

  it('a 12-byte struct is rounded to 16 (B.5) and takes two x registers (C.12)', () => {
    expect(rulesOf('struct s { int a, b, c; };\nvoid f(struct s x);')).toEqual(['B.5', 'C.12']);
  });

  it('a composite after NGRN = 8 goes to the stack (C.13, C.14, C.15); a char there takes 8 bytes (C.16)', () => {
    expect(rulesOf(`struct s { long a, b; };\nvoid f(${longs(8)}, struct s x);`)).toEqual(['C.9', 'C.13', 'C.14', 'C.15']);
    expect(rulesOf(`void f(${longs(8)}, char c);`)).toEqual(['C.9', 'C.13', 'C.14', 'C.16', 'C.17']);
  });

  it('a composite over 16 bytes goes by reference (B.4, the pointer by C.9); returned, through x8', () => {
    const s = 'struct s { long a, b, c; };';
    expect(rulesOf(`${s} void f(struct s x);`)).toEqual(['B.4', 'C.9']);
    expect(rulesOf(`${s} struct s f(void);`)).toEqual(['R/x8']);
    expect(pairsOf(`${s} struct s f(void);`)).toEqual([pairKey('R/x8', 'struct')]);
  });

  it('a value returned in registers is R, with the rule that places it', () => {
    expect(rulesOf('int f(void);')).toEqual(['C.9', 'R']);
    expect(rulesOf('double f(void);')).toEqual(['C.1', 'R']);
  });

  it('an empty record takes nothing (GNU/empty)', () => {
    expect(rulesOf('struct e {};\nvoid f(struct e x);')).toEqual(['GNU/empty']);
  });
});

describe('coverage counts', () => {
  it('count prototypes, not values: a rule or feature hit twice in one prototype counts once', () => {
    const c = cover(['void f(int a, int b, int c);', 'void f(double x);', 'struct s { int a; }; void f(struct s x, struct s y);']);
    expect(c.prototypes).toBe(3);
    expect(c.rules.model!.rules['C.9']).toBe(1);
    expect(c.rules.model!.rules['C.12']).toBe(1);
    expect(c.features).toEqual({ plain: 1, fp: 1, struct: 1 });
    // A 4-byte struct is rounded up to 8 bytes (B.5).
    expect(c.rules.model!.pairs).toEqual({ [pairKey('C.9', 'plain')]: 1, [pairKey('C.1', 'fp')]: 1, [pairKey('B.5', 'struct')]: 1, [pairKey('C.12', 'struct')]: 1 });
  });

  it('list the rules never hit, and the known pairs never hit', () => {
    const c = cover(['void f(int a);'], [pairKey('C.1', 'fp'), pairKey('C.9', 'plain')]);
    expect(c.rules.model!.neverHit.rules).toEqual(T.rules.ids.filter((r) => r !== 'C.9'));
    expect(c.rules.model!.neverHit.pairs).toEqual([pairKey('C.1', 'fp')]);
  });

  it('keep rule sets apart: a second set counts its own rules, the prototypes and features once', () => {
    const c = new Coverage();
    const p = input('void f(int a);');
    const pred = modelView(p, T, true).prediction;
    c.add(p, pred, T.rules);
    c.add(p, pred, T.rules, 'gcc-12');
    const s = c.summary();
    expect(s.prototypes).toBe(1);
    expect(s.features).toEqual({ plain: 1 });
    expect(Object.keys(s.rules)).toEqual(['model', 'gcc-12']);
    expect(s.rules['gcc-12']!.rules).toEqual({ 'C.9': 1 });
  });

  it('name only rules of the vocabulary, and reach every one of them over generated user prototypes', () => {
    const c = Coverage.forProfile('user');
    for (let i = 0; i < 3000; i++) {
      const p = prototypeAt(3, i, 'user');
      c.add(p, modelView(p, T, true).prediction, T.rules);
    }
    const s = c.summary();
    expect(Object.keys(s.rules.model!.rules).filter((r) => !T.rules.ids.includes(r))).toEqual([]);
    expect(s.rules.model!.neverHit.rules).toEqual([]);
  });

  it('a traced prediction places every value where an untraced one does', () => {
    for (let i = 0; i < 500; i++) {
      const p = prototypeAt(4, i, 'user');
      const strip = (v: ReturnType<typeof modelView>) => JSON.stringify([v.prediction.args.map((a) => [a.pieces, a.bytes, a.state]), v.prediction.ret && [v.prediction.ret.pieces, v.prediction.ret.bytes], v.layouts]);
      expect(strip(modelView(p, T, true))).toBe(strip(modelView(p, T)));
    }
  });
});

describe('coverage in the campaign summary', () => {
  const coverage = cover(['void f(int a);', 'struct e {}; double f(struct e x);'], [pairKey('C.2', 'fp')]);
  const summary: CampaignSummary = {
    schema: 'abifuzz-fuzz/1', seed: 1, profile: 'user', configs: ['gcc-12/O0'], checked: 2, seconds: 1, findingsByKind: {}, duplicates: 0, consequences: 0, rootCauses: [],
    minimizations: { count: 0, seconds: 0, known: 0 }, newFindings: [], out: 'o', coverage,
  };

  it('shows per rule and per feature how many prototypes hit it, and what was never hit', () => {
    const text = formatSummary(summary);
    expect(text).toContain('coverage over 2 prototypes');
    // Most hit first, ties in the vocabulary's order.
    expect(text).toContain('model rules: GNU/empty 50%, C.1 50%, C.9 50%, R 50%');
    expect(text).toMatch(/model rules never hit: B\.2\/HFA, B\.2\/HVA, B\.4/);
    expect(text).toContain(`model rule x feature: 4 hit, 0 of them 10 times or more; 1 of the 1 a long run reaches never hit: ${pairKey('C.2', 'fp')}`);
    expect(text).toContain('features: fp 50%, plain 50%, struct 50%');
    expect(formatCoverage(coverage).length).toBe(5);
  });

  it('is in the JSON summary, and not in the JUnit report', () => {
    expect(JSON.parse(JSON.stringify(summary)).coverage.rules.model.rules['C.9']).toBe(1);
    expect(junitXml(summary)).not.toContain('C.9');
  });

  it('per config, counts a dialect deviation under its switch and names nothing outside the rules and switches', () => {
    const dialects = dialectsOf(makeConfigs(['gcc-12', 'clang-19'], ['O0'], 'user'));
    const c = new Coverage();
    const add = (p: PrototypeInput) => {
      const text = modelView(p, T, true);
      c.add(p, text.prediction, T.rules);
      coverDialects(c, p, T, dialects, text);
    };
    // gcc passes a 4-byte float vector on the stack; the text and clang pass it in x0.
    add(input('typedef float v1f __attribute__((vector_size(4)));\nvoid f(v1f v, int y, float z);'));
    expect(c.summary().rules['gcc-12/O0']!.rules).toMatchObject({ 'gcc-small-fp-vector-on-stack': 1 });
    expect(c.summary().rules['clang-19/O0']!.rules['gcc-small-fp-vector-on-stack']).toBeUndefined();
    for (let i = 0; i < 1500; i++) add(prototypeAt(5, i, 'user'));
    for (const [config, d] of dialects) {
      const names = [...T.rules.ids, ...d.switches.map((x) => x.name)];
      expect(Object.keys(c.summary().rules[config]!.rules).filter((r) => !names.includes(r))).toEqual([]);
    }
  });
});
