// Every name a shrunk header declares is declared once. A compiler rejects a second
// definition of a tag (and so does the parser, so `roundTrips` in candidates.ts would drop
// such a candidate), but the steps and the rename must not lean on that net: a step that
// cloned a declaration would only cost its candidates silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionsOf, type Header, type RecordDef, type Type } from '../../src/c/ir.js';
import { enumOf, recordOf, scopeOf } from '../../src/c/scope.js';
import { headerArb } from '../../src/gen/arbitrary.js';
import { candidates, proposals, roundTrips, tidy } from '../../src/shrink/candidates.js';
import { minimize } from '../../src/shrink/minimize.js';
import { shortNames } from '../../src/shrink/rename.js';
import { theFunction } from '../../src/shrink/step.js';
import { flat, inputOf } from './helpers.js';

/** Names declared more than once: tags share one namespace, typedefs, enumerators and functions another. */
function redeclared(h: Header): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  const declare = (key: string): void => {
    if (seen.has(key)) twice.push(key);
    seen.add(key);
  };
  const visitDef = (def: RecordDef): void => {
    if (def.tag !== undefined) declare(`tag ${def.tag}`);
    def.members.forEach((m) => visitType(m.type));
  };
  const visitType = (t: Type): void => {
    if (t.t === 'record') visitDef(t.def);
    else if (t.t === 'ptr') visitType(t.to);
    else if (t.t === 'array') visitType(t.of);
  };
  for (const d of h.decls) {
    if (d.kind === 'record') visitDef(d.def);
    else if (d.kind === 'enum') [`tag ${d.tag}`, ...d.values.map((v) => `ordinary ${v.name}`)].forEach(declare);
    else if (d.kind === 'typedef') (declare(`ordinary ${d.name}`), visitType(d.type));
    else declare(`ordinary ${d.name}`);
  }
  return twice;
}

// prototypeAt(11, 39, 'kernel') as generated on 2026-11-22 (kept as text: the generator may change).
const SEED_11_39 = [
  'enum e0 { E0_0 = 15679605441196240586ULL, E0_1 = 3513730326309093508 } __attribute__((aligned(32)));',
  'struct s0 { unsigned long a __attribute__((packed)); _Bool b[3]; enum e0 c : 1; };',
  'typedef char t0 __attribute__((aligned(1)));',
  'enum e1 { E1_0 = 6, E1_1 = 3, E1_2 = 3 } __attribute__((packed));',
  'struct s1 { enum e1 : 0; unsigned long long a; __int128 b; };',
  'union s2 { struct s1 *a __attribute__((aligned(16))); unsigned __int128 b; unsigned short : 0; unsigned long long : 0; };',
  'typedef __int128 t1 __attribute__((aligned(16)));',
  'unsigned int f0(__int128 p0, unsigned int p1, struct s0 p2, t0 *p3, enum e0 p4, signed char p5, long long p6, union s2 p7, unsigned __int128 p8, t1 p9);',
].join('\n');

/** The fake finding of campaign finding 0005-jit-ctx: a struct parameter holds an aligned(32) enum member. */
function passesAlignedEnumInStruct(h: Header): boolean {
  const scope = scopeOf(h);
  const alignedEnum = (t: Type): boolean => t.t === 'tagref' && t.kind === 'enum' && enumOf(scope, t.tag)?.attrs.aligned === 32;
  return theFunction(h).fn.params.some((p) => recordOf(scope, p.type)?.members.some((m) => m.bits === undefined && alignedEnum(m.type)));
}

describe('shrinking never declares a name twice', () => {
  it('holds for every step proposal and the rename of generated headers', () => {
    for (const profile of ['kernel', 'user'] as const) {
      fc.assert(
        fc.property(headerArb({ profile }), (h) => {
          const base = tidy({ origin: 'gen.h', header: h, fn: functionsOf(h)[0]! });
          expect(redeclared(base.header)).toEqual([]);
          expect(redeclared(shortNames(base.header))).toEqual([]);
          for (const p of proposals(base)) expect(redeclared(p.header)).toEqual([]);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('holds along the minimization of seed 11 #39 (campaign findings 0005/0006), which prints each enum once', async () => {
    const seen: Header[] = [];
    const keeps = async (batch: { header: Header }[]): Promise<boolean[]> => batch.map((c) => (seen.push(c.header), passesAlignedEnumInStruct(c.header)));
    const r = await minimize(inputOf(SEED_11_39), keeps);
    expect(seen.length).toBeGreaterThan(0);
    for (const h of seen) expect(redeclared(h)).toEqual([]);
    // Exactly the prototype of /tmp/jit-campaign/findings/0005-jit-ctx.h.
    expect(flat(r.result)).toBe('enum e0 { E0_0 = 3513730326309093508 } __attribute__((aligned(32))); struct s0 { enum e0 a; }; void f0(struct s0 p0);');
    expect(candidates(r.result).filter((c) => passesAlignedEnumInStruct(c.header))).toEqual([]);
  });

  it('a candidate that did declare an enum twice would not round-trip, so the oracle never sees it', () => {
    const { header } = inputOf('enum e0 { E0_0 = 1 } __attribute__((aligned(32)));\nstruct s0 { enum e0 a; };\nvoid f0(struct s0 p0);\n');
    const twice: Header = { decls: [header.decls[0]!, ...header.decls] };
    expect(redeclared(twice)).toEqual(['tag e0', 'ordinary E0_0']);
    expect(roundTrips(twice)).toBe(false);
  });
});
