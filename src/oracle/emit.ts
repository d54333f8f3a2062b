// Emits one config's translation unit for a batch: for every prototype, its types, a
// caller that passes graffiti, a callee that records what it receives, and a layout
// observer. Every prototype occupies its own line range so a diagnostic on a line names
// the prototype that caused it. Pure text generation.
import { printDeclaration, printType } from '../c/print.js';
import type { Access, PrototypePlan, ValueType } from './plan.js';

/** Bool slot 13 is the probe's, for `_Bool` return values (see runtime.c). */
export const BOOL_SLOTS_FOR_VALUES = 13;

export interface EmittedTU {
  source: string;
  /** [first line, last line] of each prototype's region, 1-based, by prototype index. */
  ranges: Map<number, [number, number]>;
}

export function symbolsOf(cfg: number, p: number) {
  return {
    caller: `abf_c${cfg}_caller_${p}`,
    callee: `abf_c${cfg}_callee_${p}`,
    layout: `abf_c${cfg}_layout_${p}`,
    sizes: `abf_c${cfg}_sizes_${p}`,
    fnType: `P${p}_fn_t`,
  };
}

export const tableSymbol = (cfg: number): string => `abf_table_${cfg}`;

export function emitConfigTU(plans: PrototypePlan[], included: ReadonlySet<number>, cfg: number, nprotos: number): EmittedTU {
  const lines: string[] = ['#include "abf.h"'];
  const ranges = new Map<number, [number, number]>();
  for (const plan of plans) {
    if (!included.has(plan.index)) continue;
    const start = lines.length + 1;
    lines.push(...prototypeSource(plan, cfg).split('\n'));
    ranges.set(plan.index, [start, lines.length]);
  }
  lines.push(...tableSource(plans.filter((p) => included.has(p.index)), cfg, nprotos));
  return { source: lines.join('\n') + '\n', ranges };
}

function tableSource(plans: PrototypePlan[], cfg: number, nprotos: number): string[] {
  const rows = plans.map((p) => {
    const s = symbolsOf(cfg, p.index);
    const retIsBool = p.ret?.access.length === 1 && p.ret.access[0]!.kind === 'leaf' && p.ret.access[0]!.isBool && p.ret.access[0]!.path === '';
    return `  [${p.index}] = { ${s.caller}, (void *)${s.callee}, ${s.layout}, ${s.sizes}, ${p.params.length}, ${retIsBool ? 1 : 0} },`;
  });
  // Sized to the whole batch so the runtime indexes every table by prototype number.
  return [`const struct abf_entry ${tableSymbol(cfg)}[${Math.max(nprotos, 1)}] = {`, ...rows, '};'];
}

function prototypeSource(plan: PrototypePlan, cfg: number): string {
  const s = symbolsOf(cfg, plan.index);
  const paramTypes = plan.fn.params.map((p) => printType(p.type));
  const retDecl = (declarator: string): string => printDeclaration(plan.fn.ret, declarator);
  const args = plan.params.map((_, i) => `a${i}`);
  const out: string[] = [`/* prototype ${plan.index}: ${plan.origin} */`, plan.declarations];
  out.push(`typedef ${retDecl(`(*${s.fnType})(${paramTypes.length ? paramTypes.join(', ') : 'void'})`)};`);
  out.push(`const abf_u64 ${s.sizes}[] = { ${[...plan.params.map((_, i) => `sizeof(${paramTypes[i]})`), plan.ret ? `sizeof(${printType(plan.fn.ret)})` : '0'].join(', ')} };`);
  const bools = new BoolSlots();
  // Caller: build every argument from the pool, then call through the function pointer.
  out.push(`void ${s.caller}(void *fn, const abf_u8 *pool, const abf_u8 *bools, abf_u8 *out) {`, '  abf_u64 o = 0;');
  plan.params.forEach((v, i) => out.push(...fillValue(v, `a${i}`, bools)));
  const call = `((${s.fnType})fn)(${args.join(', ')})`;
  if (plan.ret) out.push(`  ${retDecl('r')} = ${call};`, '  __builtin_memcpy(out, &r, sizeof r);');
  else out.push(`  ${call};`, '  (void)out;');
  out.push('  (void)bools; (void)o;', '}');
  // Callee: record each parameter's bytes, return the graffiti that follows them.
  const params = plan.fn.params.map((p, i) => printDeclaration(p.type, `a${i}`));
  // Two NOPs at the entry, as a kernel function has them for ftrace: the JIT harness patches them.
  out.push(`__attribute__((patchable_function_entry(2, 0))) ${retDecl(`${s.callee}(${params.length ? params.join(', ') : 'void'})`)} {`);
  args.forEach((a, i) => out.push(`  abf_callee_arg(${i}, &${a}, sizeof ${a});`));
  if (plan.ret) {
    out.push('  const abf_u8 *pool = abf_pool_ptr, *bools = abf_bools_ptr;', '  abf_u64 o = 0;');
    args.forEach((a) => out.push(`  o += sizeof ${a};`));
    out.push(...fillValue(plan.ret, 'r', bools), '  (void)bools;', '  return r;');
  }
  out.push('}');
  out.push(...layoutFunction(plan, s.layout));
  return out.join('\n');
}

/** Hands out _Bool slots; the boolmap record tells the host which byte got which. */
class BoolSlots {
  private next = 0;
  take(count: number): number {
    const first = this.next;
    this.next += count;
    return first;
  }
}

function fillValue(v: ValueType, name: string, bools: BoolSlots): string[] {
  const lines = [`  ${printDeclaration(v.type, name)};`, `  __builtin_memcpy(&${name}, pool + o, sizeof ${name});`];
  lines.push(...walk(v.access, name, 1, (leaf, path, slot) => (leaf.isBool && !leaf.bitfield ? [`*(abf_u8 *)&${path} = bools[(${slot}) % ${BOOL_SLOTS_FOR_VALUES}];`] : []), bools));
  lines.push(`  o += sizeof ${name};`);
  return lines;
}

type LeafAccess = Extract<Access, { kind: 'leaf' }>;
type LeafEmitter = (leaf: LeafAccess, path: string, slotExpr: string) => string[];

/** An enclosing loop over an array of records: its index variable and length. */
interface Loop { v: string; len: number }

/**
 * Emits code for every leaf, wrapping arrays of records in loops. A _Bool leaf inside a
 * loop gets a slot per element: the slot expression counts elements at run time.
 */
function walk(access: Access[], base: string, depth: number, leafCode: LeafEmitter, bools: BoolSlots, loops: Loop[] = []): string[] {
  const indent = '  '.repeat(depth);
  const subst = (path: string): string => loops.reduce((p, l) => p.replace('@', l.v), `${base}${path}`);
  return access.flatMap((a): string[] => {
    if (a.kind === 'leaf') {
      const slot = a.isBool && !a.bitfield ? boolSlotExpr(bools, loops) : '0';
      return leafCode(a, subst(a.path), slot).map((l) => indent + l);
    }
    const v = `i${loops.length}`;
    const body = walk(a.body, base, depth + 1, leafCode, bools, [...loops, { v, len: a.len }]);
    if (body.length === 0) return [];
    return [`${indent}for (int ${v} = 0; ${v} < ${a.len}; ${v}++) {`, ...body, `${indent}}`];
  });
}

/**
 * One slot per element, consecutive in element order (the row-major index over the
 * enclosing loops), so the _Bools of a small array never share a graffiti pattern.
 */
function boolSlotExpr(bools: BoolSlots, loops: Loop[]): string {
  const first = bools.take(loops.reduce((n, l) => n * l.len, 1));
  if (loops.length === 0) return `${first}`;
  const index = loops.slice(1).reduce((e, l) => `(${e}) * ${l.len} + ${l.v}`, loops[0]!.v);
  return `${first} + ${index}`;
}

function layoutFunction(plan: PrototypePlan, name: string): string[] {
  const values = [...plan.params, ...(plan.ret ? [plan.ret] : [])];
  const out = [`void ${name}(abf_u32 proto, abf_u32 cfg) {`];
  // Slots must match the caller's, so replay the same allocation order.
  const bools = new BoolSlots();
  values.forEach((v, i) => out.push(...observeValue(v, i, bools)));
  out.push('}');
  return out;
}

/** Which _Bool slot each byte carries; the partial top byte of a _BitInt is marked 0xff (NORMALIZED in locate.ts). */
function boolmapLeaf(leaf: LeafAccess, path: string, slot: string): string[] {
  if (leaf.isBool && !leaf.bitfield) return [`*(abf_u8 *)&${path} = (abf_u8)(1 + (${slot}) % ${BOOL_SLOTS_FOR_VALUES});`];
  // In a union a _Bool may share the byte: the caller wrote a _Bool there, so it stays one.
  if (leaf.bitint !== undefined && leaf.bitint % 8 !== 0) {
    const top = `((abf_u8 *)&${path})[${Math.floor(leaf.bitint / 8)}]`;
    return [`if (!${top}) ${top} = 0xff;`];
  }
  return [];
}

/** Sets a leaf's value bits to ones in a zeroed object: what is left zero is padding. */
function maskLeaf(leaf: LeafAccess, path: string): string[] {
  if (leaf.bitfield) return [`${path} = ${leaf.isBool ? 1 : -1};`];
  if (leaf.bitint === undefined) return [`__builtin_memset(&${path}, 0xff, sizeof ${path});`];
  // A _BitInt's bits above N are padding whose content compilers normalize differently.
  const full = Math.floor(leaf.bitint / 8);
  const rest = leaf.bitint % 8;
  return [`__builtin_memset(&${path}, 0xff, ${full});`, ...(rest ? [`((abf_u8 *)&${path})[${full}] = ${(1 << rest) - 1};`] : [])];
}

function observeValue(v: ValueType, idx: number, bools: BoolSlots): string[] {
  // Most values are scalars: one call says what the block below would (runtime.c), and
  // compiling these blocks was most of the translation unit's compile time.
  if (v.solid) return [`  abf_solid_layout(proto, cfg, ${idx}, sizeof(${printType(v.type)}), _Alignof(${printType(v.type)}));`];
  const n = 2 + 3 * v.entries.length;
  const out = ['  {', `    ${printDeclaration(v.type, 'v')};`, `    abf_u64 L[${n}];`, `    L[0] = sizeof(v); L[1] = _Alignof(${printType(v.type)});`];
  v.entries.forEach((e, k) => {
    const at = 2 + 3 * k;
    if (e.bitfield) {
      out.push(`    __builtin_memset(&v, 0, sizeof v); v${e.path} = ${e.isBool ? 1 : -1};`);
      out.push(`    abf_bitspan(&v, sizeof v, &L[${at}], &L[${at + 1}]); L[${at + 2}] = 0;`);
    } else {
      out.push(`    L[${at}] = (abf_u64)((char *)&v${e.path} - (char *)&v); L[${at + 1}] = sizeof(v${e.path}); L[${at + 2}] = __alignof__(v${e.path});`);
    }
  });
  out.push(`    abf_emit_layout(proto, cfg, ${idx}, L, ${n});`);
  out.push('    __builtin_memset(&v, 0, sizeof v);');
  out.push(...walk(v.access, 'v', 2, maskLeaf, new BoolSlots()));
  out.push(`    abf_emit(ABF_MASK, proto, cfg, 0, 0, ${idx}, &v, sizeof v);`);
  out.push('    __builtin_memset(&v, 0, sizeof v);');
  out.push(...walk(v.access, 'v', 2, (leaf, path, slot) => boolmapLeaf(leaf, path, slot), bools));
  out.push(`    abf_emit(ABF_BOOLMAP, proto, cfg, 0, 0, ${idx}, &v, sizeof v);`);
  out.push('  }');
  return out;
}
