// The ABI-relevant features of a type: what a finding's signature names so that findings
// with the same root cause bucket together whatever the random names and values. Pure.
import type { Attrs, Member, RecordDef, Type } from '../c/ir.js';
import { enumOf, packOf, recordOf, stripTypedefs, typedefOf, vectorTypedef, type Scope } from '../c/scope.js';

const FP = new Set(['float16', 'bf16', 'float', 'double', 'ldouble']);
const COMPLEX = new Set(['cfloat16', 'cfloat', 'cdouble', 'cldouble']);

export function featuresOf(scope: Scope, type: Type): string[] {
  const out = new Set<string>();
  visitType(scope, type, out, new Set());
  return [...out].sort();
}

function visitType(scope: Scope, type: Type, out: Set<string>, seen: Set<RecordDef>): void {
  noteTypedefAttrs(scope, type, out);
  if (vectorTypedef(scope, type)) {
    out.add(`vector${vectorTypedef(scope, type)!.attrs.vectorSize}`);
    return;
  }
  const s = stripTypedefs(scope, type);
  switch (s.t) {
    case 'scalar':
      if (s.s === 'int128' || s.s === 'uint128') out.add('int128');
      else if (s.s === 'bool') out.add('bool');
      else if (FP.has(s.s)) {
        out.add(s.s === 'ldouble' ? 'long-double' : 'fp');
        // gcc and clang disagree on __bf16 aggregates as nothing else (DEVIATIONS.md 1, 1d).
        if (s.s === 'bf16') out.add('bf16');
      }
      else if (COMPLEX.has(s.s)) out.add('complex');
      return;
    case 'bitint': out.add(s.bits > 64 ? 'bitint>64' : 'bitint'); return;
    case 'ptr': out.add('pointer'); return;
    case 'array': out.add(s.len === null ? 'flexible-array' : s.len === 0 ? 'zero-length-array' : 'array'); return visitType(scope, s.of, out, seen);
    case 'tagref':
      if (s.kind === 'enum') return noteEnum(scope, s.tag, out);
      break;
    default: break;
  }
  const rec = recordOf(scope, s);
  if (!rec || seen.has(rec)) return;
  seen.add(rec);
  out.add(rec.kind);
  noteAttrs(rec.attrs, 'record', out);
  if (packOf(scope, rec) !== undefined) out.add('pragma-pack');
  for (const m of rec.members) visitMember(scope, m, out, seen);
}

function visitMember(scope: Scope, m: Member, out: Set<string>, seen: Set<RecordDef>): void {
  if (m.bits !== undefined) out.add(m.bits === 0 ? 'zero-width-bitfield' : m.name === undefined ? 'unnamed-bitfield' : 'bitfield');
  if (m.name === undefined && m.bits === undefined) out.add('anonymous-member');
  if (m.alignas !== undefined) out.add('alignas');
  noteAttrs(m.attrs, 'member', out);
  visitType(scope, m.type, out, seen);
}

function noteAttrs(a: Attrs, where: string, out: Set<string>): void {
  if (a.packed) out.add(`packed-${where}`);
  if (a.aligned !== undefined) out.add(`aligned-${where}`);
}

function noteTypedefAttrs(scope: Scope, type: Type, out: Set<string>): void {
  if (type.t !== 'named') return;
  const td = typedefOf(scope, type.name);
  if (!td) return;
  if (td.attrs.aligned !== undefined) out.add('aligned-typedef');
  noteTypedefAttrs(scope, td.type, out);
}

function noteEnum(scope: Scope, tag: string, out: Set<string>): void {
  const e = enumOf(scope, tag);
  out.add('enum');
  if (e) noteAttrs(e.attrs, 'enum', out);
}
