// What the harness needs to know about one prototype before any compiler sees it: its
// declarations under a unique prefix, its value types (parameters, then the return), and
// for each value type the member accesses used to observe layout, padding and _Bool bytes.
// Pure: the same prototype always yields the same plan, whatever config compiles it.
import type { FunctionDecl, Header, Member, Type } from '../c/ir.js';
import { declsFor } from '../c/closure.js';
import { printFunction, printHeader } from '../c/print.js';
import { prefixGlobalNames } from '../c/rename.js';
import { isBool, recordOf, scopeOf, stripTypedefs, vectorTypedef, type Scope } from '../c/scope.js';
import type { PrototypeInput } from '../data/prototype.js';
import { beyondLimits } from './limits.js';

/** One observable member: `path` is a C access relative to the value (`.a.b[0].c`). */
export interface LayoutEntry {
  path: string;
  bitfield: boolean;
  isBool: boolean;
  /** A flexible array member: no sizeof, its size is 0. */
  flexible?: boolean;
}

/** How to reach every leaf of a value: arrays of records are walked with loops. */
export type Access =
  /** `bitint` is N for a `_BitInt(N)` leaf: only its low N bits are value bits. */
  | { kind: 'leaf'; path: string; bitfield: boolean; isBool: boolean; bitint?: number; longDouble?: boolean }
  | { kind: 'loop'; path: string; len: number; body: Access[] };

export interface ValueType {
  type: Type;
  entries: LayoutEntry[];
  access: Access[];
  /**
   * Neither a record nor an array, every bit a value bit (no `_Bool`, no `_BitInt`): its
   * layout is its size and alignment, its mask all ones, its boolmap all zeros.
   */
  solid: boolean;
}

export interface PrototypePlan {
  index: number;
  origin: string;
  name: string;
  prefix: string;
  /** The prototype's declarations, renamed; the function itself keeps its own name. */
  header: Header;
  /** `header` as C, printed once: every config's translation unit repeats it. */
  declarations: string;
  /** Whether any type here is a `_BitInt(N)`, which gcc before 14 rejects (build.ts). */
  usesBitInt: boolean;
  usesBf16: boolean;
  usesFloat16: boolean;
  /** Why the harness cannot observe it (limits.ts): then no config compiles it. */
  beyond: string | undefined;
  fn: FunctionDecl;
  params: ValueType[];
  ret: ValueType | undefined;
}

/** `fillBytes`: the target's return registers, which the probe fills from the graffiti pool. */
export function planPrototype(input: PrototypeInput, index: number, fillBytes: number): PrototypePlan {
  const prefix = `P${index}_`;
  const renamed = prefixGlobalNames(declsFor(input.header, input.fn), prefix);
  const fn = renamed.decls.find((d): d is FunctionDecl => d.kind === 'function')!;
  const scope = scopeOf(renamed);
  const header: Header = { decls: renamed.decls.filter((d) => d.kind !== 'function') };
  const declarations = printHeader(header).trimEnd();
  const valueType = (type: Type): ValueType => {
    return { type, entries: layoutEntries(scope, type, ''), access: accessesOf(scope, type, ''), solid: isSolid(scope, type) };
  };
  return {
    index,
    origin: input.origin,
    name: input.fn.name,
    prefix,
    header,
    declarations,
    ...typesUsed(declarations + printFunction(fn)),
    beyond: beyondLimits(scope, fn.ret.t === 'void' ? fn.params.map((p) => p.type) : [...fn.params.map((p) => p.type), fn.ret], fn.ret.t !== 'void', fillBytes),
    fn,
    params: fn.params.map((p) => valueType(p.type)),
    ret: fn.ret.t === 'void' ? undefined : valueType(fn.ret),
  };
}

function isSolid(scope: Scope, type: Type): boolean {
  const s = stripTypedefs(scope, type); // a vector typedef stays `named`: solid
  return s.t !== 'array' && s.t !== 'bitint' && !recordOf(scope, s) && !isBool(scope, s) && !holdsLongDouble(scope, s);
}

/**
 * A long double, its _Complex, or an array or vector of them: x86-64's has 10 value bytes
 * in every 16 (the runtime knows which format its target has: ABF_OP_LDOUBLE).
 */
function holdsLongDouble(scope: Scope, type: Type): boolean {
  const s = stripTypedefs(scope, type);
  if (s.t === 'scalar') return s.s === 'ldouble' || s.s === 'cldouble';
  if (s.t === 'array') return holdsLongDouble(scope, s.of);
  const vector = vectorTypedef(scope, s);
  return vector !== undefined && holdsLongDouble(scope, vector.type);
}

function layoutEntries(scope: Scope, type: Type, base: string): LayoutEntry[] {
  const rec = recordOf(scope, type);
  if (!rec) return [];
  return rec.members.flatMap((m) => memberEntries(scope, m, base));
}

function memberEntries(scope: Scope, m: Member, base: string): LayoutEntry[] {
  if (m.name === undefined) {
    // Unnamed bit-fields are padding; an anonymous record's members belong to the parent.
    return m.bits === undefined ? layoutEntries(scope, m.type, base) : [];
  }
  const path = `${base}.${m.name}`;
  if (m.bits !== undefined) return [{ path, bitfield: true, isBool: isBool(scope, m.type) }];
  const stripped = stripTypedefs(scope, m.type);
  const self: LayoutEntry = { path, bitfield: false, isBool: isBool(scope, m.type), ...(stripped.t === 'array' && stripped.len === null ? { flexible: true } : {}) };
  const elem = firstElementPath(scope, m.type, path);
  return elem === undefined ? [self] : [self, ...layoutEntries(scope, elem.type, elem.path)];
}

/** For an array (of arrays) of records, the path of element [0]...[0]; else the member. */
function firstElementPath(scope: Scope, type: Type, path: string): { type: Type; path: string } | undefined {
  const s = stripTypedefs(scope, type);
  if (s.t === 'array') return s.len === null || s.len === 0 ? undefined : firstElementPath(scope, s.of, `${path}[0]`);
  return recordOf(scope, s) ? { type: s, path } : undefined;
}

function accessesOf(scope: Scope, type: Type, base: string): Access[] {
  const rec = recordOf(scope, type);
  if (!rec) return [leafAccess(scope, type, base, false)];
  return rec.members.flatMap((m) => memberAccesses(scope, m, base));
}

function memberAccesses(scope: Scope, m: Member, base: string): Access[] {
  if (m.name === undefined) return m.bits === undefined ? accessesOf(scope, m.type, base) : [];
  const path = `${base}.${m.name}`;
  if (m.bits !== undefined) return [leafAccess(scope, m.type, path, true)];
  return typeAccesses(scope, m.type, path);
}

function typeAccesses(scope: Scope, type: Type, path: string): Access[] {
  const s = stripTypedefs(scope, type);
  if (s.t === 'array') {
    if (s.len === null || s.len === 0) return []; // no storage inside sizeof
    const inner = stripTypedefs(scope, s.of);
    if (recordOf(scope, inner) || inner.t === 'array') {
      const body = typeAccesses(scope, s.of, `${path}[@]`);
      return body.length === 0 ? [] : [{ kind: 'loop', path, len: s.len, body }];
    }
    if (isBool(scope, inner) || inner.t === 'bitint') return [{ kind: 'loop', path, len: s.len, body: [leafAccess(scope, inner, `${path}[@]`, false)] }];
    return [leafAccess(scope, s, path, false)];
  }
  if (recordOf(scope, s)) return accessesOf(scope, s, path);
  return [leafAccess(scope, type, path, false)];
}

function leafAccess(scope: Scope, type: Type, path: string, bitfield: boolean): Access {
  const s = stripTypedefs(scope, type);
  const leaf: Access = { kind: 'leaf', path, bitfield, isBool: isBool(scope, type) };
  if (s.t === 'bitint' && !bitfield) return { ...leaf, bitint: s.bits };
  return holdsLongDouble(scope, s) ? { ...leaf, longDouble: true } : leaf;
}

/** The types some compilers lack that a prototype's C text names. */
export function typesUsed(text: string): { usesBitInt: boolean; usesBf16: boolean; usesFloat16: boolean } {
  return { usesBitInt: /\b_BitInt\b/.test(text), usesBf16: /\b__bf16\b/.test(text), usesFloat16: /\b_Float16\b/.test(text) };
}
