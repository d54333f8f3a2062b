// kernel/bpf/btf.c `btf_distill_func_proto`, re-implemented from its semantics over a
// BTF function: the checks run in the kernel's order (argument count, return type, then
// each argument: varargs marker, kind, size > 16, size 0), so the first refusal reported
// is the one the kernel would log. What a struct or union counts as depends on the date
// (distill-rules.ts). Nothing here looks at packing or alignment beyond reporting what
// BTF-based heuristics would compute.
import { btfAlignOf, REWORK_SCALAR_CAP } from './btf-align.js';
import { INT_SIGNED, isRecord, kindName, stripModifiers, type BtfFunc, type BtfType, type Resolved } from './btf.js';
import { DISTILL_LATEST, type DistillRules } from './distill-rules.js';
import { largestMemberSize } from './largest-member.js';
import { MAX_ARG_SIZE, MAX_ARGS, refuse, SIGNED_ARG, STRUCT_ARG, type BtfFuncModel, type Distilled } from './model.js';

/** `__get_type_size`: the size the model records, or undefined for a refused kind. */
interface Sized {
  size: number | undefined;
  resolved: Resolved;
}

function typeSize(t: BtfType, rules: DistillRules): Sized {
  // Type id 0 itself (not a typedef of void) has size 0.
  if (t.kind === 'void') return { size: 0, resolved: t };
  const s = stripModifiers(t);
  switch (s.kind) {
    case 'ptr': return { size: 8, resolved: s };
    case 'int': case 'enum': case 'enum64': case 'struct': return { size: s.size, resolved: s };
    case 'union': return { size: rules.unionArgs ? s.size : undefined, resolved: s };
    default: return { size: undefined, resolved: s };
  }
}

/** `__get_type_fmodel_flags`. */
export function fmodelFlags(t: Resolved): number {
  let flags = 0;
  if (isRecord(t)) flags |= STRUCT_ARG;
  if (t.kind === 'int' && (t.encoding & INT_SIGNED) !== 0) flags |= SIGNED_ARG;
  return flags;
}

/** `rules`: the kernel date to distill as (default: today's tree). */
export function distillBtfFunc(fn: BtfFunc, rules: DistillRules = DISTILL_LATEST): Distilled<BtfFuncModel> {
  const n = fn.params.length;
  if (n > MAX_ARGS) return refuse('too-many-args', `${n} arguments > MAX_BPF_FUNC_ARGS ${MAX_ARGS}`);
  const ret = typeSize(fn.ret, rules);
  const why = returnRefusal(ret, rules);
  if (why !== undefined || ret.size === undefined) return refuse('ret-unsupported', why ?? 'return type has no size');
  const m: BtfFuncModel = {
    nrArgs: n, argSize: [], argFlags: [], retSize: ret.size, retFlags: fmodelFlags(ret.resolved),
    btfAlign: [], largestMemberSize: [], reworkAlign: [],
  };
  for (const [i, p] of fn.params.entries()) {
    if (i === n - 1 && p.type.kind === 'void') return refuse('varargs', 'varargs (a variadic function is refused)', i);
    const a = typeSize(p.type, rules);
    if (a.size === undefined) return refuse('arg-unsupported', `arg${i} is ${article(a.resolved)} (only pointer, int, enum, struct${rules.unionArgs ? ' or union' : ''})`, i);
    if (a.size > MAX_ARG_SIZE) return refuse('arg-too-big', `arg${i} is ${a.size} bytes > ${MAX_ARG_SIZE}`, i);
    if (a.size === 0) return refuse('arg-size-zero', `arg${i} has size 0 ("malformed void argument")`, i);
    m.argSize.push(a.size);
    m.argFlags.push(fmodelFlags(a.resolved));
    m.btfAlign.push(btfAlignOf(p.type));
    m.reworkAlign.push(btfAlignOf(p.type, REWORK_SCALAR_CAP));
    m.largestMemberSize.push(largestMemberSize(p.type));
  }
  return { ok: true, model: m };
}

function returnRefusal(ret: Sized, rules: DistillRules): string | undefined {
  const r = ret.resolved;
  if (!rules.aggregateReturns) {
    return ret.size === undefined || isRecord(r) ? `return type is ${article(r)} (only void, pointer, int or enum returns)` : undefined;
  }
  if (ret.size === undefined) return `return type is ${article(r)} (only void, pointer, int, enum, struct or union returns)`;
  if (isRecord(r) && ret.size > MAX_ARG_SIZE) return `return type is a ${ret.size}-byte ${kindName(r)} > ${MAX_ARG_SIZE}`;
  return undefined;
}

function article(t: BtfType): string {
  return t.kind === 'void' ? 'void' : `${/^[AEIO]/.test(kindName(t)) ? 'an' : 'a'} ${kindName(t)}`;
}
