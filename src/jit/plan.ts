// For one prototype: its BTF function model, and for every requested variant and mode
// either the trampoline's machine code or the variant's refusal. Pure: the same
// prototype always gives the same trampolines.
import { scopeOf } from '../c/scope.js';
import { distillFuncModel } from '../bpf/func-model/distill.js';
import type { Distilled } from '../bpf/func-model/model.js';
import { parseModes, type Mode } from '../bpf/modes.js';
import type { Placement } from '../bpf/placement.js';
import type { TraceeFacts, Variant } from '../bpf/variant.js';
import type { PrototypePlan } from '../oracle/plan.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import type { Target, TargetJit } from '../targets/target.js';
import { UserError } from '../user-error.js';
import { jitId } from './harness/records.js';

export interface TrampolineSpec {
  /** The callee id its records carry (harness/records.ts jitId). */
  id: number;
  variant: string;
  mode: Mode;
  result: { ok: true; placement: Placement; words: Uint32Array } | { ok: false; reason: string };
}

export interface JitPrototype {
  proto: number;
  model: Distilled;
  trampolines: TrampolineSpec[];
}

export interface JitRequest {
  variants: readonly Variant[];
  modes: readonly Mode[];
}

/** The variants and modes a user (or a finding file's `Jit:` line) names. */
export function jitRequest(variants: string, modes: string, target: Target = DEFAULT_TARGET): JitRequest {
  return { variants: variantsByName(variants, target.jit.variants), modes: parseModes(modes) };
}

/** `a,b` or `all`, among a target's variants. */
function variantsByName(list: string, known: readonly Variant[]): Variant[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.includes('all')) return [...known];
  return names.map((n) => {
    const v = known.find((x) => x.name === n);
    if (!v) throw new UserError(`unknown JIT variant '${n}': known variants are ${known.map((x) => x.name).join(', ')} (or all)`);
    return v;
  });
}

export function planJit(plan: PrototypePlan, req: JitRequest, jit: TargetJit): JitPrototype {
  const model = distillFuncModel(plan.header, plan.fn);
  // Ids only need to be unique within one run: position in the request.
  const specs = req.variants.flatMap((variant, v) => req.modes.map((mode, m) => ({ variant, mode, id: jitId(v, m) })));
  if (!model.ok) {
    const trampolines = specs.map(({ variant, mode, id }): TrampolineSpec => ({ id, variant: variant.name, mode, result: { ok: false, reason: model.reason } }));
    return { proto: plan.index, model, trampolines };
  }
  let abi: ReturnType<TraceeFacts['abi']> | undefined;
  const facts: TraceeFacts = { model: model.model, abi: () => (abi ??= jit.functionAbi(scopeOf(plan.header), plan.fn, model.model.argSize)) };
  const placed = new Map(req.variants.map((v) => [v.name, v.place(facts)]));
  const trampolines = specs.map(({ variant, mode, id }): TrampolineSpec => {
    const p = placed.get(variant.name)!;
    const result = p.ok ? { ok: true as const, placement: p.placement, words: jit.trampoline(p.placement, mode) } : p;
    return { id, variant: variant.name, mode, result };
  });
  return { proto: plan.index, model, trampolines };
}
