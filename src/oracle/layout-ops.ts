// A prototype's value layouts as data instead of code: per value, its layout entries and
// a small program that the runtime interprets into the value's mask and boolmap
// (abf_value_layout in runtime.c). Both are C constant expressions over the value's type,
// folded while the compiler parses. The per-prototype functions of stores they replace
// were 40% of a -O0 compile (gcc spends ~0.2 ms on each function, however small). No
// constant expression says where a bit-field is, but a static object whose initializer
// sets only that bit-field shows it: the runtime finds the set bits. The statements that
// did it at run time (clear a local, store -1, scan) were 8% of a batch's compile.
// Pure text generation.
import { printDeclaration } from '../c/print.js';
import type { Access, LayoutEntry, PrototypePlan, ValueType } from './plan.js';
import { BoolSlots } from './bool-slots.js';

/** Op codes: must match enum abf_op in abf.h. */
export const Op = { BYTES: 1, BOOL: 2, BITINT: 3, BITS: 4, LOOP: 5, LDOUBLE: 6 } as const;

/** `path` with every loop index at 0: the member of element [0]...[0]. */
const first = (path: string): string => path.replaceAll('@', '0');

/** Constant expressions about the members of type `V` (a typedef name). */
function exprs(V: string) {
  const member = (path: string): string => `(*(${V} *)0)${path}`;
  return {
    member,
    offsetOf: (path: string): string => (path === '' ? '0' : `__builtin_offsetof(${V}, ${path.slice(1)})`),
    sizeOf: (path: string): string => (path === '' ? `sizeof(${V})` : `sizeof(${member(path)})`),
  };
}

/** Where each entry's words start in the layout record: sizeof, _Alignof, then three per entry. */
export const entryWord = (k: number): number => 2 + 3 * k;

/** sizeof, _Alignof, then (offset, size, align) per entry; a bit-field's three are filled at run time. */
export function layoutWords(V: string, entries: LayoutEntry[]): string[] {
  const x = exprs(V);
  const words = [`sizeof(${V})`, `_Alignof(${V})`];
  for (const e of entries) words.push(...(e.bitfield ? ['0', '0', '0'] : [x.offsetOf(e.path), e.flexible ? '0' : x.sizeOf(e.path), `__alignof__(${x.member(e.path)})`]));
  return words;
}

/**
 * The ops for `v` (its type named `V`), taking its `_Bool` slots from `bools` in the order
 * the caller's walk takes them. Offsets are of element [0] of every enclosing array; LOOP
 * repeats its body at each element's stride.
 */
export function layoutOps(V: string, v: ValueType, bools: BoolSlots): string[] {
  const x = exprs(V);
  if (v.solid) return [`${Op.BYTES}`, '0', `sizeof(${V})`];
  const entryIndex = new Map(v.entries.map((e, k) => [e.path, k]));
  const ops = (access: Access[], loops: number[]): string[] =>
    access.flatMap((a): string[] => {
      const path = first(a.path);
      if (a.kind === 'loop') {
        const body = ops(a.body, [...loops, a.len]);
        return body.length === 0 ? [] : [`${Op.LOOP}`, `${a.len}`, x.sizeOf(`${path}[0]`), `${body.length}`, ...body];
      }
      if (a.bitfield) {
        const k = entryIndex.get(path);
        if (k === undefined) throw new Error(`bit-field ${a.path} has no layout entry`);
        return [`${Op.BITS}`, `${entryWord(k)}`];
      }
      if (a.isBool) return [`${Op.BOOL}`, x.offsetOf(path), x.sizeOf(path), `${bools.take(loops.reduce((n, len) => n * len, 1))}`];
      if (a.bitint !== undefined) return [`${Op.BITINT}`, x.offsetOf(path), `${a.bitint}`];
      if (a.longDouble) return [`${Op.LDOUBLE}`, x.offsetOf(path), x.sizeOf(path)];
      return [`${Op.BYTES}`, x.offsetOf(path), x.sizeOf(path)];
    });
  return ops(v.access, []);
}

export interface LayoutTables {
  /** File-scope declarations: a typedef and two tables per value, each bit-field's marked object, then the value table. */
  lines: string[];
  /** Rows of the translation unit's struct abf_span table: where each bit-field's first bit and width go. */
  spans: string[];
}

/**
 * Prototype `plan`'s layout description for runtime.c's abf_value_layout: the table
 * `values` of (layout, ops) per value, and the span rows that locate its bit-fields. Every
 * other name starts with `prefix`.
 */
export function layoutTables(plan: PrototypePlan, prefix: string, values: string): LayoutTables {
  const all = [...plan.params, ...(plan.ret ? [plan.ret] : [])];
  const bools = new BoolSlots(); // replays the caller's allocation order
  const lines: string[] = [];
  const rows: string[] = [];
  const spans: string[] = [];
  all.forEach((v, i) => {
    const [V, L, M] = [`${prefix}V${i}`, `${prefix}L${i}`, `${prefix}M${i}`];
    const words = layoutWords(V, v.entries);
    const ops = layoutOps(V, v, bools);
    lines.push(`typedef ${printDeclaration(v.type, V)};`, `static abf_u64 ${L}[] = { ${words.join(', ')} };`, `static const abf_u64 ${M}[] = { ${ops.length ? ops.join(', ') : '0'} };`);
    rows.push(`{ ${L}, ${M}, ${words.length}, ${ops.length} }`);
    v.entries.forEach((e, k) => {
      if (!e.bitfield) return;
      // Static storage: every other bit, padding too, is zero.
      const B = `${prefix}B${i}_${k}`;
      lines.push(`static const ${V} ${B} = { ${e.path} = ${e.isBool ? 1 : -1} };`);
      spans.push(`  { &${B}, sizeof ${B}, &${L}[${entryWord(k)}] },`);
    });
  });
  lines.push(`static const struct abf_value ${values}[] = { ${rows.length ? rows.join(', ') : '{ 0 }'} };`);
  return { lines, spans };
}
