import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionsOf, type Decl, type Header, type Member, type RecordDef, type Type } from '../../src/c/ir.js';
import { headerArb } from '../../src/gen/arbitrary.js';

const FLOATING = /^(c?float|c?double|c?ldouble|c?float16|bf16)$/;
const INT_BITS: Record<string, number> = { bool: 1, char: 8, schar: 8, uchar: 8, short: 16, ushort: 16, int: 32, uint: 32, long: 64, ulong: 64, llong: 64, ullong: 64, int128: 128, uint128: 128 };

/** Checks a header's invariants in one pass, declaration by declaration. */
function check(h: Header, profile: 'user' | 'kernel'): void {
  const typedefs = new Map<string, Extract<Decl, { kind: 'typedef' }>>();
  const records = new Map<string, RecordDef>();
  const enums = new Map<string, Extract<Decl, { kind: 'enum' }>>();
  const flexible = (def: RecordDef): boolean => {
    const last = def.members.at(-1)?.type;
    return last?.t === 'array' && last.len === null;
  };
  const recordOf = (t: Type): RecordDef | undefined =>
    t.t === 'record' ? t.def : t.t === 'tagref' && t.kind !== 'enum' ? records.get(t.tag) : t.t === 'named' ? recordOf(typedefs.get(t.name)!.type) : undefined;
  const bitWidth = (t: Type): number | undefined => {
    if (t.t === 'scalar') return INT_BITS[t.s];
    if (t.t === 'bitint') return t.bits;
    if (t.t === 'tagref' && t.kind === 'enum') return enums.has(t.tag) ? 8 * 8 : undefined;
    if (t.t === 'named') return typedefs.get(t.name)!.attrs.vectorSize === undefined ? bitWidth(typedefs.get(t.name)!.type) : undefined;
    return undefined;
  };
  /** `use` says how the type is used: by value (where a flexible struct is banned) or behind a pointer. */
  const visit = (t: Type, use: 'value' | 'pointee'): void => {
    switch (t.t) {
      case 'scalar':
        if (profile === 'kernel') expect(t.s).not.toMatch(FLOATING);
        return;
      case 'bitint':
        expect(t.bits).toBeGreaterThanOrEqual(t.unsigned ? 1 : 2);
        expect(t.bits).toBeLessThanOrEqual(128);
        return;
      case 'named':
        expect(typedefs.has(t.name), `typedef ${t.name} declared before use`).toBe(true);
        return;
      case 'tagref':
        if (t.kind === 'enum') expect(enums.has(t.tag), `enum ${t.tag} declared`).toBe(true);
        else {
          expect(records.has(t.tag), `${t.kind} ${t.tag} declared`).toBe(true);
          expect(records.get(t.tag)!.kind).toBe(t.kind);
          if (use === 'value') expect(flexible(records.get(t.tag)!), `flexible ${t.tag} used by value`).toBe(false);
        }
        return;
      case 'ptr': return visit(t.to, 'pointee');
      case 'array': return visit(t.of, 'value');
      case 'record': return checkRecord(t.def, new Set());
      case 'void': expect(use).toBe('pointee');
    }
  };
  const checkMember = (mem: Member, names: Set<string>): void => {
    if (mem.name !== undefined) {
      expect(names.has(mem.name), `member ${mem.name} unique`).toBe(false);
      names.add(mem.name);
    }
    if (mem.bits !== undefined) {
      const w = bitWidth(mem.type);
      expect(w, 'bit-field of an integer type').toBeDefined();
      expect(mem.bits).toBeLessThanOrEqual(w!);
      if (mem.name !== undefined) expect(mem.bits).toBeGreaterThanOrEqual(1);
      expect(mem.alignas).toBeUndefined();
    }
    if (mem.name === undefined && mem.bits === undefined) {
      expect(mem.type.t, 'anonymous member is an inline record').toBe('record');
      expect(mem.attrs).toStrictEqual({});
      if (mem.type.t === 'record') {
        expect(mem.type.def.tag).toBeUndefined();
        checkRecord(mem.type.def, names);
      }
      return;
    }
    if (mem.type.t === 'array' && mem.type.len === null) return visit(mem.type.of, 'value');
    if (mem.type.t === 'record') expect(mem.type.def.tag).toBeUndefined();
    visit(mem.type, 'value');
  };
  const checkRecord = (def: RecordDef, names: Set<string>): void => {
    // An empty record (GNU C) may have no member at all, or only zero-width bit-fields.
    expect(def.members.some((mem) => mem.name !== undefined) || def.members.every((mem) => mem.bits === 0), 'a named member').toBe(true);
    def.members.forEach((mem, i) => {
      if (mem.type.t === 'array' && mem.type.len === null) {
        expect(i, 'flexible array is last').toBe(def.members.length - 1);
        expect(def.kind).toBe('struct');
        expect(def.members.slice(0, -1).some((o) => o.name !== undefined), 'another named member').toBe(true);
      }
      checkMember(mem, names);
    });
  };

  const fns = functionsOf(h);
  expect(fns).toHaveLength(1);
  expect(h.decls.at(-1)).toBe(fns[0]);
  for (const d of h.decls) {
    switch (d.kind) {
      case 'record':
        expect(d.def.tag).toMatch(/^s\d+$/);
        checkRecord(d.def, new Set());
        if (d.pack !== undefined) expect([1, 2, 4, 8, 16]).toContain(d.pack);
        records.set(d.def.tag!, d.def);
        break;
      case 'enum':
        expect(d.tag).toMatch(/^e\d+$/);
        d.values.forEach((v, i) => expect(v.name).toBe(`E${d.tag.slice(1)}_${i}`));
        expect(d.attrs.packed && d.attrs.aligned !== undefined).toBeFalsy();
        enums.set(d.tag, d);
        break;
      case 'typedef':
        expect(d.name).toMatch(/^t\d+$/);
        expect(d.type.t).not.toBe('array');
        visit(d.type, 'value');
        if (d.attrs.vectorSize !== undefined) {
          expect(profile).toBe('user');
          expect([2, 4, 8, 16, 32, 64]).toContain(d.attrs.vectorSize);
        }
        typedefs.set(d.name, d);
        break;
      case 'function':
        expect(d.name).toBe('f0');
        d.params.forEach((p, i) => {
          expect(p.name).toBe(`p${i}`);
          expect(p.type.t).not.toMatch(/^(array|void|record)$/);
          visit(p.type, 'value');
        });
        expect(d.ret.t).not.toMatch(/^(array|record)$/);
        if (d.ret.t !== 'void') visit(d.ret, 'value');
        break;
    }
  }
}

describe('headerArb', () => {
  for (const profile of ['user', 'kernel'] as const) {
    it(`generates well-formed ${profile} headers`, () => {
      fc.assert(fc.property(headerArb({ profile }), (h) => check(h, profile)), { numRuns: 300 });
    });
  }

  it('is deterministic for a seed', () => {
    const a = fc.sample(headerArb({ profile: 'user' }), { numRuns: 20, seed: 42 });
    const b = fc.sample(headerArb({ profile: 'user' }), { numRuns: 20, seed: 42 });
    expect(a).toStrictEqual(b);
  });

  it('respects maxParams and the profile defaults', () => {
    const count = (opts: Parameters<typeof headerArb>[0]): number[] =>
      fc.sample(headerArb(opts), { numRuns: 300, seed: 7 }).map((h) => functionsOf(h)[0]!.params.length);
    expect(Math.max(...count({ profile: 'user', maxParams: 3 }))).toBeLessThanOrEqual(3);
    expect(Math.max(...count({ profile: 'kernel' }))).toBeLessThanOrEqual(12);
    const user = count({ profile: 'user' });
    expect(Math.max(...user)).toBeLessThanOrEqual(20);
    expect(user.filter((n) => n >= 6 && n <= 10).length).toBeGreaterThan(user.length / 2);
  });

  it('covers the IR', () => {
    const texts = fc.sample(headerArb({ profile: 'user' }), { numRuns: 500, seed: 1 }).map((h) => JSON.stringify(h));
    const seen = (re: RegExp): number => texts.filter((t) => re.test(t)).length;
    const features: [string, RegExp][] = [
      ['union', /"kind":"union"/],
      ['anonymous member', /\{"type":\{"t":"record"/],
      ['flexible array', /"len":null/],
      ['zero-length array', /"len":0/],
      ['zero-width bit-field', /"bits":0/],
      ['_Alignas', /"alignas"/],
      ['#pragma pack', /"pack":/],
      ['vector typedef', /"vectorSize"/],
      ['_BitInt', /"t":"bitint"/],
      ['packed enum', /"kind":"enum","tag":"e\d+","values":\[[^\]]*\],"attrs":\{"packed":true/],
      ['aligned enum', /"kind":"enum","tag":"e\d+","values":\[[^\]]*\],"attrs":\{"aligned"/],
      ['aligned typedef', /"kind":"typedef"[^}]*\}\s*,?"attrs":\{[^}]*"aligned"/],
      ['typedef of an untagged record', /"kind":"typedef","name":"t\d+","type":\{"t":"record"/],
      ['pointer to array', /"t":"ptr","to":\{"t":"array"/],
      ['void pointer', /"t":"ptr","to":\{"t":"void"\}/],
      ['void return', /"ret":\{"t":"void"\}/],
      ['long double', /"s":"ldouble"/],
      ['__int128', /"s":"u?int128"/],
      ['_Complex', /"s":"cfloat16"|"s":"cfloat"|"s":"cdouble"|"s":"cldouble"/],
      ['64-bit enumerator', /"value":"-?\d{11,}"/],
    ];
    for (const [name, re] of features) expect(seen(re), name).toBeGreaterThan(0);
  });
});
