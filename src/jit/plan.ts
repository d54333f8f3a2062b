// For one prototype: its BTF function model as each variant's kernel date distills it,
// and for every requested variant and mode either the trampoline's machine code or the
// refusal (the distiller's, the verifier's for that attach mode, or the JIT's). Pure:
// the same prototype always gives the same trampolines.
import { scopeOf } from '../c/scope.js';
import { distillFuncModel } from '../bpf/func-model/distill.js';
import { DISTILL_LATEST, type DistillRules } from '../bpf/func-model/distill-rules.js';
import type { Distilled, FuncModel } from '../bpf/func-model/model.js';
import { bpfCall, type BpfCall } from '../bpf/stack-args.js';
import { registersOnlyKfunc } from '../bpf/kfunc-rules.js';
import { parseModes, type Mode } from '../bpf/modes.js';
import { contextView, type ContextView, type Placement, type Planned } from '../bpf/placement.js';
import type { FunctionAbi, Variant } from '../bpf/variant.js';
import type { PrototypePlan } from '../oracle/plan.js';
import type { LayoutRules } from '../layout/rules.js';
import { resolverFor } from '../layout/resolve.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import { jitOf, type Target, type TargetJit } from '../targets/target.js';
import { btfFuncOf } from '../bpf/func-model/from-ir.js';
import { btfFilterNamed, type BtfFilter } from '../bpf/pahole/filters.js';
import type { PaholeArch } from '../bpf/pahole/uncertain-location.js';
import type { BtfVerdict } from '../data/jit-outcome.js';
import { jitId } from './harness/records.js';
import { variantsByName } from './variants-by-name.js';

export interface TrampolineSpec {
  /** The callee id its records carry (harness/records.ts jitId). */
  id: number;
  variant: string;
  mode: Mode;
  /** With a BTF filter: whether it keeps the function. */
  btf?: BtfVerdict;
  /** Where the BPF programs read the arguments and the result: the verifier's view, not the trampoline's. */
  view: ContextView;
  /** kfunc mode: the BPF caller's slots the code starts from, and where its BPF-to-BPF call begins. */
  kfunc?: { call: BpfCall; bpfToBpfAt: number };
  result: { ok: true; placement: Placement; words: Uint32Array } | { ok: false; reason: string };
}

export interface JitPrototype {
  proto: number;
  /** As today's kernel distills it. */
  model: Distilled;
  trampolines: TrampolineSpec[];
}

export interface JitRequest {
  variants: readonly Variant[];
  modes: readonly Mode[];
  /** Judge only what BTF built by this pahole would let programs attach to. */
  btfFilter?: BtfFilter;
}

/** The variants, modes and BTF filter a user (or a finding file's `Jit:` line) names. */
export function jitRequest(variants: string, modes: string, btfFilter?: string, target: Target = DEFAULT_TARGET): JitRequest {
  const req = { variants: variantsByName(variants, jitOf(target).variants), modes: parseModes(modes) };
  return btfFilter === undefined ? req : { ...req, btfFilter: btfFilterNamed(btfFilter) };
}

/** The `Jit:` line of a finding file: `VARIANTS modes MODES[ btf-filter NAME]`. */
export const jitLine = (j: JitRequest): string =>
  `${j.variants.map((v) => v.name).join(',')} modes ${j.modes.map((m) => m.name).join(',')}${j.btfFilter ? ` btf-filter ${j.btfFilter.name}` : ''}`;

/** One distillation per kernel date a request needs. */
export function distiller(plan: PrototypePlan, layout?: LayoutRules): (rules: DistillRules) => Distilled {
  const done = new Map<DistillRules, Distilled>();
  return (rules) => {
    let d = done.get(rules);
    if (!d) done.set(rules, (d = distillFuncModel(plan.header, plan.fn, { rules, layout })));
    return d;
  };
}

/** `layout`: the target's types (Target.layout), which its BTF describes. */
/** As `target`'s kernel sees the function: its types' layout in BTF, its pahole's register count. */
export function planJit(plan: PrototypePlan, req: JitRequest, target: Target): JitPrototype {
  const jit = jitOf(target);
  const layout = target.layout;
  const distilled = distiller(plan, layout);
  let abi: FunctionAbi | undefined;
  const abiOf = (sizes: number[]) => () => (abi ??= jit.functionAbi(scopeOf(plan.header), plan.fn, sizes));
  const placed = new Map<Variant, Planned>();
  const placeWith = (v: Variant): Planned => {
    let p = placed.get(v);
    if (p) return p;
    const d = distilled(v.distill);
    p = d.ok ? v.place({ model: d.model, abi: abiOf(d.model.argSize) }) : d;
    placed.set(v, p);
    return p;
  };
  const latest = distilled(DISTILL_LATEST);
  const btf = req.btfFilter && latest.ok ? btfVerdict(plan, req.btfFilter, abiOf(latest.model.argSize)(), layout, target.paholeArch) : undefined;
  // Ids only need to be unique within one run: position in the request.
  const trampolines = req.variants.flatMap((variant, v) => req.modes.map((mode, m): TrampolineSpec => {
    const head = { id: jitId(v, m), variant: variant.name, mode, ...(btf ? { btf } : {}) };
    const d = distilled(variant.distill);
    if (!d.ok) return { ...head, view: { slots: [], nslots: 0 }, result: d };
    const view = contextView(d.model);
    if (mode.kfunc) return { ...head, view, ...kfuncPlan(variant, d.model, abiOf(d.model.argSize), jit) };
    const refused = variant.refuseMode?.(d.model, mode);
    if (refused !== undefined) return { ...head, view, result: { ok: false, reason: refused } };
    const p = placeWith(variant);
    return { ...head, view, result: p.ok ? { ok: true, placement: p.placement, words: jit.trampoline(p.placement, mode) } : p };
  }));
  return { proto: plan.index, model: latest, trampolines };
}

/** The kfunc call path of a variant for one function: the BPF caller's slots and the code, or the refusal. */
function kfuncPlan(variant: Variant, model: FuncModel, abi: () => FunctionAbi, jit: TargetJit): Pick<TrampolineSpec, 'kfunc' | 'result'> {
  if (!jit.kfuncCall) return { result: { ok: false, reason: "kfunc mode: this target's JIT harness has no kfunc call path yet" } };
  const path = variant.kfunc ?? registersOnlyKfunc(variant);
  const bpf = bpfCall(model);
  if (!bpf.ok) return { result: bpf };
  const refused = path.refuse?.(model);
  if (refused !== undefined) return { result: { ok: false, reason: refused } };
  const p = path.place({ model, abi });
  if (!p.ok) return { result: p };
  const { words, bpfToBpfAt } = jit.kfuncCall(bpf.call, p.placement);
  return { kfunc: { call: bpf.call, bpfToBpfAt }, result: { ok: true, placement: p.placement, words } };
}

function btfVerdict(plan: PrototypePlan, filter: BtfFilter, abi: FunctionAbi, layout: LayoutRules | undefined, arch: PaholeArch): BtfVerdict {
  const scope = scopeOf(plan.header);
  const btf = layout ? btfFuncOf(plan.header, plan.fn, scope, resolverFor(scope, layout)) : btfFuncOf(plan.header, plan.fn, scope);
  const dropped = filter.drop(btf, abi, arch);
  return dropped ? { filter: filter.name, dropped } : { filter: filter.name };
}

/** Lets variants that answer through a helper process see every model of a batch at once. */
export async function prepareVariants(plans: readonly PrototypePlan[], req: JitRequest): Promise<void> {
  for (const v of req.variants) {
    if (!v.prepare) continue;
    const models = plans.map((p) => distillFuncModel(p.header, p.fn, { rules: v.distill })).flatMap((d) => (d.ok ? [d.model] : []));
    await v.prepare(models);
  }
}
