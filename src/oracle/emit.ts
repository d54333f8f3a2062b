// Emits one config's translation unit for a batch: for every prototype, its types, a
// caller that passes graffiti, a callee that records what it receives, and a layout
// observer. Every prototype occupies its own line range so a diagnostic on a line names
// the prototype that caused it. Pure text generation.
import { printDeclaration, printType } from '../c/print.js';
import { BOOL_SLOTS_FOR_VALUES, BoolSlots } from './bool-slots.js';
import { layoutTables } from './layout-ops.js';
import type { Access, PrototypePlan, ValueType } from './plan.js';

export interface EmittedTU {
  source: string;
  /** [first line, last line] of each of a prototype's regions, 1-based, by prototype index. */
  ranges: Map<number, [number, number][]>;
  /** [first line, last line] of each prototype's caller: a compiler's remark on a line there is about the caller. */
  callers: Map<number, [number, number]>;
}

export function symbolsOf(cfg: number, p: number) {
  return {
    caller: `abf_c${cfg}_caller_${p}`,
    callee: `abf_c${cfg}_callee_${p}`,
    /** Prefix of the layout tables' own names. */
    tables: `abf_c${cfg}_${p}_`,
    values: `abf_c${cfg}_values_${p}`,
    sizes: `abf_c${cfg}_sizes_${p}`,
    fnType: `P${p}_fn_t`,
  };
}

/** Must match DECLARE_TABLE in runtime.c, which links the tables by these names. */
const tableSymbol = (cfg: number): string => `abf_table_${cfg}`;
const spansSymbol = (cfg: number): string => `abf_c${cfg}_spans`;

export function emitConfigTU(plans: PrototypePlan[], included: ReadonlySet<number>, cfg: number, nprotos: number): EmittedTU {
  const chunks: string[] = ['#include "abf.h"'];
  let lines = 1;
  const ranges = new Map<number, [number, number][]>();
  const callers = new Map<number, [number, number]>();
  const spans = new Map<number, string[]>();
  const add = (p: number, text: string): void => {
    chunks.push(text);
    const count = lineCount(text);
    ranges.set(p, [...(ranges.get(p) ?? []), [lines + 1, lines + count]]);
    lines += count;
  };
  for (const plan of plans) {
    if (!included.has(plan.index)) continue;
    const source = prototypeSource(plan, cfg);
    callers.set(plan.index, [lines + 1 + source.caller[0], lines + 1 + source.caller[1]]);
    add(plan.index, source.text);
    if (source.spans.length > 0) spans.set(plan.index, source.spans);
  }
  // One table of every prototype's bit-fields: the runtime reads it once per config.
  const spanTable = spans.size > 0 ? spansSymbol(cfg) : undefined;
  let nspans = 0;
  if (spanTable) {
    chunks.push(`static const struct abf_span ${spanTable}[] = {`);
    lines++;
    for (const [p, rows] of spans) {
      add(p, rows.join('\n'));
      nspans += rows.length;
    }
    chunks.push('};');
    lines++;
  }
  const spansOf = (p: number): string => (spanTable && spans.has(p) ? `${spanTable}, ${nspans}` : '0, 0');
  chunks.push(...tableSource(plans.filter((p) => included.has(p.index)), spansOf, cfg, nprotos));
  return { source: chunks.join('\n') + '\n', ranges, callers };
}

function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

function tableSource(plans: PrototypePlan[], spansOf: (p: number) => string, cfg: number, nprotos: number): string[] {
  const rows = plans.map((p) => {
    const s = symbolsOf(cfg, p.index);
    const retIsBool = p.ret?.access.length === 1 && p.ret.access[0]!.kind === 'leaf' && p.ret.access[0]!.isBool && p.ret.access[0]!.path === '';
    const nvalues = p.params.length + (p.ret ? 1 : 0);
    return `  [${p.index}] = { ${s.caller}, (void *)${s.callee}, ${s.values}, ${spansOf(p.index)}, ${s.sizes}, ${p.params.length}, ${nvalues}, ${retIsBool ? 1 : 0} },`;
  });
  // Sized to the whole batch so the runtime indexes every table by prototype number; the
  // batch's size is defined by every unit (weak: the linker keeps one), so that the
  // harness links without a source of its own (runtime.c find_tables).
  return [
    `const struct abf_entry ${tableSymbol(cfg)}[${Math.max(nprotos, 1)}] = {`, ...rows, '};',
    `__attribute__((weak)) const abf_u32 abf_batch_size = ${nprotos};`,
  ];
}

/** A prototype's text, its bit-field spans, and its caller's first and last line counted from 0 within the text. */
function prototypeSource(plan: PrototypePlan, cfg: number): { text: string; spans: string[]; caller: [number, number] } {
  const s = symbolsOf(cfg, plan.index);
  const paramTypes = plan.fn.params.map((p) => printType(p.type));
  const retDecl = (declarator: string): string => printDeclaration(plan.fn.ret, declarator);
  const args = plan.params.map((_, i) => `a${i}`);
  const out: string[] = [`/* prototype ${plan.index}: ${plan.origin} */`, plan.declarations];
  out.push(`typedef ${retDecl(`(*${s.fnType})(${paramTypes.length ? paramTypes.join(', ') : 'void'})`)};`);
  out.push(`const abf_u64 ${s.sizes}[] = { ${[...plan.params.map((_, i) => `sizeof(${paramTypes[i]})`), plan.ret ? `sizeof(${printType(plan.fn.ret)})` : '0'].join(', ')} };`);
  const bools = new BoolSlots();
  // Caller: build every argument from the pool, then call through the function pointer.
  // The copies stay inline: a compiler loading an argument straight from the pool's
  // unaligned bytes is code worth compiling (clang 16 crashed on one, see corpus/).
  const callerFrom = out.reduce((n, chunk) => n + lineCount(chunk), 0);
  out.push(`void ${s.caller}(void *fn, const abf_u8 *pool, const abf_u8 *bools, abf_u8 *out) {`);
  plan.params.forEach((v, i) => out.push(`  ${printDeclaration(v.type, args[i]!)};`, `  __builtin_memcpy(&${args[i]}, pool, sizeof ${args[i]});`, `  pool += sizeof ${args[i]};`, ...boolFixes(v, args[i]!, bools)));
  const call = `((${s.fnType})fn)(${args.join(', ')})`;
  if (plan.ret) out.push(`  ${retDecl('r')} = ${call};`, '  __builtin_memcpy(out, &r, sizeof r);');
  else out.push(`  ${call};`, '  (void)out;');
  out.push('  (void)bools; (void)pool;', '}');
  const caller: [number, number] = [callerFrom, out.reduce((n, chunk) => n + lineCount(chunk), 0) - 1];
  // Callee: record each parameter's bytes, return the graffiti that follows them. One
  // runtime call records them all (a statement per parameter cost gcc -O0 more than the
  // rest of the function), with the callee's own sizes: a parameter declared as an array
  // is a pointer here.
  const params = plan.fn.params.map((p, i) => printDeclaration(p.type, `a${i}`));
  // Two NOPs at the entry, as a kernel function has them for ftrace: the JIT harness patches them.
  out.push(`__attribute__((patchable_function_entry(2, 0))) ${retDecl(`${s.callee}(${params.length ? params.join(', ') : 'void'})`)} {`);
  const received = args.length === 0 ? 'abf_callee_args(0, 0, 0)' : 'abf_callee_args(abf_n, abf_p, ' + args.length + ')';
  if (args.length > 0) out.push(`  static const abf_u64 abf_n[] = { ${args.map((a) => `sizeof ${a}`).join(', ')} };`, `  const void *const abf_p[] = { ${args.map((a) => `&${a}`).join(', ')} };`);
  if (plan.ret) {
    out.push(`  const abf_u8 *pool = ${received}, *bools = abf_bools_ptr;`, `  ${printDeclaration(plan.ret.type, 'r')};`, '  __builtin_memcpy(&r, pool, sizeof r);');
    out.push(...boolFixes(plan.ret, 'r', bools), '  (void)bools;', '  return r;');
  } else out.push(`  ${received};`);
  out.push('}');
  const layout = layoutTables(plan, s.tables, s.values);
  out.push(...layout.lines);
  return { text: out.join('\n'), spans: layout.spans, caller };
}

/** The caller writes every `_Bool` of a value from its slot's pattern: graffiti would be an invalid _Bool. */
function boolFixes(v: ValueType, name: string, bools: BoolSlots): string[] {
  return walk(v.access, name, 1, (leaf, path, slot) => (leaf.isBool && !leaf.bitfield ? [`*(abf_u8 *)&${path} = bools[(${slot}) % ${BOOL_SLOTS_FOR_VALUES}];`] : []), bools);
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

