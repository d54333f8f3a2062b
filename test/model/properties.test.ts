// Property tests over generated headers: invariants any correct layout and any correct
// AAPCS64 assignment satisfy, whatever the compiler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionsOf, type Header, type RecordDef, type Type } from '../../src/c/ir.js';
import { scopeOf } from '../../src/c/scope.js';
import { headerArb } from '../../src/gen/arbitrary.js';
import { predictFunction, type Prediction } from '../../src/targets/aarch64/aapcs64/classify.js';
import { layoutOf } from '../../src/layout/layout.js';
import { masksOf } from '../../src/layout/masks.js';
import { shapeOf } from '../../src/layout/resolve.js';
import type { RecordShape } from '../../src/layout/shape.js';

const RUNS = 300;

function recordDefs(h: Header): RecordDef[] {
  const out: RecordDef[] = [];
  const visit = (t: Type): void => {
    if (t.t === 'record') {
      out.push(t.def);
      t.def.members.forEach((m) => visit(m.type));
    } else if (t.t === 'array') visit(t.of);
  };
  for (const d of h.decls) {
    if (d.kind === 'record') {
      out.push(d.def);
      d.def.members.forEach((m) => visit(m.type));
    } else if (d.kind === 'typedef') visit(d.type);
  }
  return out;
}

function checkRecord(s: RecordShape): void {
  const { size, align, fields } = s.rec;
  expect(size % align, 'a record is a multiple of its alignment').toBe(0);
  for (const f of fields) {
    expect(f.bitPos + f.bits, `${f.member.name ?? '(unnamed)'} within the record`).toBeLessThanOrEqual(size * 8);
    if (!f.bitfield) expect(f.bitPos % 8, 'ordinary members start on a byte').toBe(0);
  }
  if (s.rec.def.kind === 'union') {
    expect(fields.every((f) => f.bitPos === 0)).toBe(true);
    return;
  }
  const spans = fields.filter((f) => f.bits > 0).map((f) => [f.bitPos, f.bitPos + f.bits] as const);
  for (let i = 1; i < spans.length; i++) expect(spans[i]![0], 'struct members in order, without overlap').toBeGreaterThanOrEqual(spans[i - 1]![1]);
}

describe('layout properties', () => {
  it('keeps members inside, in order, and records a multiple of their alignment', () => {
    for (const profile of ['user', 'kernel'] as const) {
      fc.assert(
        fc.property(headerArb({ profile }), (h) => {
          const scope = scopeOf(h);
          for (const def of recordDefs(h)) checkRecord(shapeOf(scope, { t: 'record', def }) as RecordShape);
          const fn = functionsOf(h)[0]!;
          for (const t of [...fn.params.map((p) => p.type), ...(fn.ret.t === 'void' ? [] : [fn.ret])]) {
            const l = layoutOf(scope, t);
            expect(masksOf(shapeOf(scope, t)).bits.length).toBe(l.size);
            for (const m of l.members) {
              if (m.bitWidth !== undefined) expect(m.bitOffset! + m.bitWidth).toBeLessThanOrEqual(l.size * 8);
              else expect(m.offset! + m.size!).toBeLessThanOrEqual(l.size);
            }
            expect(l.naturalAlign).toBeLessThanOrEqual(Math.max(l.size, 1) <= 16 ? 16 : 64);
          }
        }),
        { numRuns: RUNS, seed: 42 },
      );
    }
  });
});

/** Every register or stack byte an argument occupies, including a by-reference pointer's slot. */
function occupied(p: Prediction): string[] {
  const out: string[] = [];
  for (const piece of p.pieces) {
    const ref = /^ref\((x\d|stack\+(\d+))\)$/.exec(piece);
    if (!ref) continue;
    if (ref[2] !== undefined) for (let j = 0; j < 8; j++) out.push(`stack+${Number(ref[2]) + j}`);
    else for (let j = 0; j < 8; j++) out.push(`${ref[1]}.${j}`);
  }
  for (const b of p.bytes) if (b !== null && !b.startsWith('ref(')) out.push(b);
  return out;
}

describe('location properties', () => {
  it('never gives two argument bytes the same register byte or stack byte', () => {
    fc.assert(
      fc.property(headerArb({ profile: 'user' }), (h) => {
        const fn = functionsOf(h)[0]!;
        const pred = predictFunction(h, fn);
        const seen = new Map<string, number>();
        pred.args.forEach((a, i) => {
          for (const place of occupied(a)) {
            expect(seen.get(place), `${place} taken by p${seen.get(place)} and p${i}`).toBeUndefined();
            seen.set(place, i);
          }
        });
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });

  it('advances NGRN, NSRN and NSAA monotonically, within their ranges, and locates exactly the value bytes', () => {
    fc.assert(
      fc.property(headerArb({ profile: 'user' }), (h) => {
        const fn = functionsOf(h)[0]!;
        const scope = scopeOf(h);
        const pred = predictFunction(h, fn);
        let prev = { ngrn: 0, nsrn: 0, nsaa: 0 };
        pred.args.forEach((a, i) => {
          expect([a.state.ngrn[0], a.state.nsrn[0], a.state.nsaa[0]]).toEqual([prev.ngrn, prev.nsrn, prev.nsaa]);
          expect(a.state.ngrn[1]).toBeGreaterThanOrEqual(a.state.ngrn[0]);
          expect(a.state.nsrn[1]).toBeGreaterThanOrEqual(a.state.nsrn[0]);
          expect(a.state.nsaa[1]).toBeGreaterThanOrEqual(a.state.nsaa[0]);
          expect(a.state.ngrn[1]).toBeLessThanOrEqual(8);
          expect(a.state.nsrn[1]).toBeLessThanOrEqual(8);
          expect(a.state.nsaa[1] % 8).toBe(0);
          const m = masksOf(shapeOf(scope, fn.params[i]!.type));
          const expectedNull = Array.from(m.bits, (v, j) => v === 0 || m.normalized[j] === 1);
          if (a.pieces.length > 0) expect(a.bytes.map((b) => b === null)).toEqual(expectedNull);
          prev = { ngrn: a.state.ngrn[1], nsrn: a.state.nsrn[1], nsaa: a.state.nsaa[1] };
        });
      }),
      { numRuns: RUNS, seed: 11 },
    );
  });
});
