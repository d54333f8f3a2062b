// The kinds of type issue 16 asks the generator to reach, as the names of what one
// prototype has: read from the IR and the layout engine's shapes, independently of how
// the generator made them.
import { functionsOf, type Decl, type Header, type Type } from '../../src/c/ir.js';
import { scopeOf, stripTypedefs, vectorTypedef, type Scope } from '../../src/c/scope.js';
import { shapeOf } from '../../src/layout/resolve.js';
import type { Shape } from '../../src/layout/shape.js';

const FP_NAME: Record<string, string> = { f16: '_Float16', bf16: '__bf16', f32: 'float', f64: 'double', f128: 'long double' };

/**
 * Base members of a would-be homogeneous aggregate, without the limit of 4: `base` and
 * `count`, or undefined when a member is of another kind, a bit-field or a zero-length
 * array, or padding remains.
 */
function homogeneous(s: Shape): { base: string; count: number } | undefined {
  let base: string | undefined;
  const take = (b: string, n: number): number => {
    base ??= b;
    return base === b ? n : -1;
  };
  const walk = (x: Shape): number => {
    switch (x.k) {
      case 'fp': return take(FP_NAME[x.fp]!, 1);
      case 'complex': return take(FP_NAME[x.fp]!, 2);
      case 'vector': return x.size === 8 || x.size === 16 ? take(`v${x.size}`, 1) : -1;
      case 'array': {
        if (x.len === 0) return -1;
        const c = walk(x.elem);
        return c < 0 ? -1 : c * x.len;
      }
      case 'record': {
        let n = 0;
        for (const f of x.rec.fields) {
          if (f.bitfield) return -1;
          const c = walk(f.shape);
          if (c < 0) return -1;
          n = x.rec.def.kind === 'union' ? Math.max(n, c) : n + c;
        }
        return n;
      }
      default: return -1;
    }
  };
  if (s.k !== 'record') return undefined;
  const count = walk(s);
  if (count < 1 || base === undefined) return undefined;
  const unit = base === 'v8' ? 8 : base === 'v16' ? 16 : base === '_Float16' || base === '__bf16' ? 2 : base === 'float' ? 4 : base === 'double' ? 8 : 16;
  return s.size === unit * count ? { base, count } : undefined;
}

/** How a homogeneous record spells its members: one by one, with an array, or with a nested record. */
function haForm(s: Shape): string {
  if (s.k !== 'record') return 'flat';
  if (s.rec.fields.some((f) => f.shape.k === 'record')) return 'nested';
  if (s.rec.fields.some((f) => f.shape.k === 'array')) return 'array';
  return 'flat';
}

/** A record that holds floating-point or vector members and a zero-length array (at any depth). */
function zeroLengthInFloating(s: Shape): boolean {
  if (s.k !== 'record') return false;
  let zla = false;
  let floating = false;
  const walk = (x: Shape): void => {
    if (x.k === 'fp' || x.k === 'complex' || x.k === 'vector') floating = true;
    else if (x.k === 'array') {
      if (x.len === 0 && !x.flexible) zla = true;
      walk(x.elem);
    } else if (x.k === 'record') for (const f of x.rec.fields) walk(f.shape);
  };
  walk(s);
  return zla && floating;
}

function valueCategories(scope: Scope, type: Type, where: 'param' | 'ret', out: Set<string>): void {
  const s = shapeOf(scope, type);
  const vec = vectorTypedef(scope, type);
  if (vec) {
    const elem = stripTypedefs(scope, vec.type);
    out.add(`${where} vector ${vec.attrs.vectorSize}`);
    if (where === 'param' && elem.t === 'scalar') out.add(`vector ${vec.attrs.vectorSize} of ${elem.s}`);
    return;
  }
  const plain = stripTypedefs(scope, type);
  if (plain.t === 'scalar' && /float16|bf16|ldouble|^c/.test(plain.s)) out.add(`${where} ${plain.s}`);
  if ((s.k === 'record' || s.k === 'array') && s.size === 0) out.add(`${where} empty record`);
  const ha = homogeneous(s);
  if (ha) {
    out.add(`${where} homogeneous ${ha.base} x${ha.count}`);
    out.add(`${where} homogeneous ${ha.base} ${haForm(s)}`);
  }
  if (zeroLengthInFloating(s)) out.add(`${where} zero-length array in a floating record`);
}

export function categoriesOf(h: Header): Set<string> {
  const out = new Set<string>();
  const scope = scopeOf(h);
  const fn = functionsOf(h)[0]!;
  for (const p of fn.params) valueCategories(scope, p.type, 'param', out);
  if (fn.ret.t !== 'void') valueCategories(scope, fn.ret, 'ret', out);
  out.add(`${fn.params.length} parameters`);
  for (const d of h.decls as Decl[]) {
    if (d.kind === 'record' && d.pack !== undefined) out.add(`#pragma pack(${d.pack})`);
    if (d.kind === 'enum' && d.attrs.packed) out.add('packed enum');
    if (d.kind === 'enum' && d.attrs.aligned !== undefined) out.add(`aligned(${d.attrs.aligned}) enum`);
  }
  return out;
}

export const VECTOR_SIZES = [2, 4, 8, 16, 32, 64] as const;
export const VECTOR_ELEMENTS = ['char', 'schar', 'uchar', 'short', 'ushort', 'int', 'uint', 'long', 'ulong', 'llong', 'ullong', 'int128', 'uint128', 'float16', 'bf16', 'float', 'double', 'ldouble'] as const;
export const ELEMENT_SIZE: Record<(typeof VECTOR_ELEMENTS)[number], number> = {
  char: 1, schar: 1, uchar: 1, short: 2, ushort: 2, int: 4, uint: 4, long: 8, ulong: 8, llong: 8, ullong: 8,
  int128: 16, uint128: 16, float16: 2, bf16: 2, float: 4, double: 8, ldouble: 16,
};
export const HA_BASES = ['_Float16', '__bf16', 'float', 'double', 'long double', 'v8', 'v16'] as const;

/** Every category the user profile must reach. */
export function userCategories(): string[] {
  const all: string[] = [];
  for (const n of VECTOR_SIZES) {
    all.push(`param vector ${n}`, `ret vector ${n}`);
    for (const e of VECTOR_ELEMENTS) if (ELEMENT_SIZE[e] <= n) all.push(`vector ${n} of ${e}`);
  }
  for (const b of HA_BASES) {
    for (let c = 1; c <= 5; c++) all.push(`param homogeneous ${b} x${c}`);
    for (const f of ['flat', 'array', 'nested']) all.push(`param homogeneous ${b} ${f}`);
    // Four members of one, two of the other: the largest HFAs/HVAs returned in registers.
    all.push(`ret homogeneous ${b} x4`);
  }
  for (const where of ['param', 'ret']) {
    for (const s of ['cfloat16', 'cfloat', 'cdouble', 'cldouble', 'ldouble', 'float16', 'bf16']) all.push(`${where} ${s}`);
    all.push(`${where} empty record`, `${where} zero-length array in a floating record`);
  }
  for (let n = 12; n <= 20; n++) all.push(`${n} parameters`);
  for (const p of [1, 2, 4, 8, 16]) all.push(`#pragma pack(${p})`);
  for (const a of [1, 2, 4, 8, 16, 32, 64]) all.push(`aligned(${a}) enum`);
  all.push('packed enum');
  return all;
}
