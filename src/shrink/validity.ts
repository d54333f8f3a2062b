// C rules the header generator respects and every compiler enforces. A shrinking step may
// break one (dropping `packed` raises an alignment past a member's `_Alignas`, narrowing a
// type leaves a bit-field wider than it); such a candidate would only cost the oracle a
// recompile to reject, so candidates.ts drops it beforehand.
import type { Header, Member, RecordDef, Type } from '../c/ir.js';
import { recordOf, scopeOf, type Scope } from '../c/scope.js';
import { approxLayout, bitFieldWidth } from './layout.js';
import { sitesOf } from './sites.js';

/** Human-readable descriptions of every rule the header breaks (empty when none). */
export function violations(h: Header): string[] {
  const scope = scopeOf(h);
  const sites = sitesOf(h);
  return [
    ...sites.records.flatMap((r) => recordViolations(scope, r.def)),
    ...sites.types.flatMap((s) => (s.role === 'elem' ? elementViolations(scope, s.type) : [])),
    ...sites.types.flatMap((s) => (s.role === 'param' || s.role === 'ret' || s.role === 'elem' ? flexibleByValue(scope, s.type) : [])),
  ];
}

const isFlexible = (m: Member): boolean => m.type.t === 'array' && m.type.len === null;
const hasName = (m: Member): boolean => m.name !== undefined || (m.bits === undefined && m.type.t === 'record');

function recordViolations(scope: Scope, def: RecordDef): string[] {
  const out: string[] = [];
  const what = def.tag ?? `untagged ${def.kind}`;
  if (!def.members.some(hasName)) out.push(`${what}: no named member`);
  def.members.forEach((m, i) => {
    if (isFlexible(m) && def.kind === 'union') out.push(`${what}: flexible array in a union`);
    if (isFlexible(m) && i < def.members.length - 1) out.push(`${what}: flexible array not last`);
    if (isFlexible(m) && !def.members.some((o) => o !== m && hasName(o))) out.push(`${what}: flexible array alone`);
    out.push(...memberViolations(scope, m).map((v) => `${what}.${m.name ?? '(anonymous)'}: ${v}`));
  });
  return out;
}

function memberViolations(scope: Scope, m: Member): string[] {
  if (m.bits !== undefined) {
    const width = bitFieldWidth(scope, m.type);
    if (width === undefined) return ['bit-field of a non-integer type'];
    if (m.bits > width) return [`bit-field wider (${m.bits}) than its type (${width})`];
    if (m.bits === 0 && m.name !== undefined) return ['named zero-width bit-field'];
    return m.alignas === undefined ? [] : ['_Alignas on a bit-field'];
  }
  if (m.alignas !== undefined && m.alignas < approxLayout(scope, m.type).align) return [`_Alignas(${m.alignas}) below the type's alignment`];
  return [];
}

function elementViolations(scope: Scope, t: Type): string[] {
  const { size, align } = approxLayout(scope, t);
  return size % align === 0 ? [] : [`array element of size ${size} is ${align}-aligned`];
}

/** A struct ending in `[]` is only usable behind a pointer (the generator's rule). */
function flexibleByValue(scope: Scope, t: Type): string[] {
  const last = recordOf(scope, t)?.members.at(-1);
  return last && isFlexible(last) ? ['struct with a flexible array used by value'] : [];
}
