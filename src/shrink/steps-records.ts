// Steps on struct and union bodies: fewer members, nested records opened up into their
// parent or replaced by an integer of their size, and unions turned into structs.
import type { Member, RecordDef, Scalar, Type } from '../c/ir.js';
import { recordOf, scopeOf } from '../c/scope.js';
import { approxLayout } from './layout.js';
import { mapTypes, removeAt, removeChunks, replaceAt, sitesOf, without } from './sites.js';
import type { Step } from './step.js';

export const dropMember: Step = (h) =>
  sitesOf(h).records.flatMap((r) => {
    const fewer = [...removeChunks(r.def.members), ...r.def.members.map((_, i) => removeAt(r.def.members, i))];
    return fewer.map((members) => r.replace({ ...r.def, members }));
  });

/** A tagged union's uses change with it: `union u` becomes `struct u` everywhere. */
export const unionToStruct: Step = (h) =>
  sitesOf(h).records.filter((r) => r.def.kind === 'union').map((r) => {
    const replaced = r.replace({ ...r.def, kind: 'struct' });
    const tag = r.def.tag;
    if (tag === undefined) return replaced;
    return mapTypes(replaced, (t) => (t.t === 'tagref' && t.kind === 'union' && t.tag === tag ? { ...t, kind: 'struct' } : t));
  });

/** `struct { int a; struct { int b; } n; }` → `struct { int a; int b; }`, anonymous members alike. */
export const flattenMember: Step = (h) => {
  const scope = scopeOf(h);
  return sitesOf(h).records.flatMap((r) => r.def.members.flatMap((m, i) => {
    if (m.bits !== undefined) return [];
    const inner = m.type.t === 'record' ? m.type.def : recordOf(scope, m.type);
    if (!inner) return [];
    const others = [...fieldNames(r.def.members.filter((_, j) => j !== i))];
    const opened = renameClashes(inner.members, new Set(others));
    return [r.replace({ ...r.def, members: [...r.def.members.slice(0, i), ...opened, ...r.def.members.slice(i + 1)] })];
  }));
};

const INT_OF_SIZE = new Map<number, Scalar>([[1, 'char'], [2, 'short'], [4, 'int'], [8, 'long'], [16, 'int128']]);

/** A member of record type becomes the integer of the record's size, when there is one. */
export const recordMemberToScalar: Step = (h) => {
  const scope = scopeOf(h);
  return sitesOf(h).records.flatMap((r) => r.def.members.flatMap((m, i) => {
    if (m.bits !== undefined || !(m.type.t === 'record' || recordOf(scope, m.type))) return [];
    const s = INT_OF_SIZE.get(approxLayout(scope, m.type).size);
    if (s === undefined) return [];
    const type: Type = { t: 'scalar', s };
    const name = m.name ?? freshName('m', fieldNames(r.def.members));
    return [r.replace({ ...r.def, members: replaceAt(r.def.members, i, { ...m, name, type }) })];
  }));
};

/** Names the members declare in their record's scope, anonymous members' included. */
function fieldNames(members: readonly Member[]): Set<string> {
  const out = new Set<string>();
  for (const m of members) {
    if (m.name !== undefined) out.add(m.name);
    else if (m.bits === undefined && m.type.t === 'record') fieldNames(m.type.def.members).forEach((n) => out.add(n));
  }
  return out;
}

/** The members, with every name (anonymous members' too) that is already taken made fresh. */
function renameClashes(members: readonly Member[], taken: Set<string>): Member[] {
  return members.map((m) => {
    if (m.name !== undefined) {
      const name = taken.has(m.name) ? freshName(m.name, taken) : m.name;
      taken.add(name);
      return { ...m, name };
    }
    if (m.bits !== undefined || m.type.t !== 'record') return m;
    const def: RecordDef = { ...m.type.def, members: renameClashes(m.type.def.members, taken) };
    return { ...m, type: { t: 'record', def } };
  });
}

function freshName(base: string, taken: ReadonlySet<string>): string {
  for (let i = 0; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

export const plainBitField: Step = (h) =>
  sitesOf(h).records.flatMap((r) => r.def.members.flatMap((m, i) =>
    m.bits !== undefined && m.bits > 0 && m.name !== undefined ? [r.replace({ ...r.def, members: replaceAt(r.def.members, i, without(m, 'bits')) })] : []));

export const narrowBitField: Step = (h) =>
  sitesOf(h).records.flatMap((r) => r.def.members.flatMap((m, i) =>
    m.bits !== undefined && m.bits > 1 ? [r.replace({ ...r.def, members: replaceAt(r.def.members, i, { ...m, bits: 1 }) })] : []));

export const recordSteps: Step[] = [dropMember, flattenMember, recordMemberToScalar, unionToStruct, plainBitField, narrowBitField];
