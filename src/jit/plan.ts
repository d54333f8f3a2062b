// For one prototype: its BTF function model, and for every requested variant and mode
// either the trampoline's machine code or the variant's refusal. Pure: the same
// prototype always gives the same trampolines.
import { scopeOf } from '../c/scope.js';
import type { PrototypePlan } from '../oracle/plan.js';
import { functionAbi } from './abi.js';
import { distillFuncModel } from './func-model/distill.js';
import type { Distilled } from './func-model/model.js';
import { jitId } from './harness/region.js';
import { parseModes, type Mode } from './modes.js';
import { variantsByName } from './variants/index.js';
import { generateTrampoline } from './trampoline/generate.js';
import type { Placement } from './trampoline/placement.js';
import type { TraceeFacts, Variant } from './variants/variant.js';

export interface TrampolineSpec {
  /** The callee id its records carry (harness/region.ts). */
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
export function jitRequest(variants: string, modes: string): JitRequest {
  return { variants: variantsByName(variants), modes: parseModes(modes) };
}

export function planJit(plan: PrototypePlan, req: JitRequest): JitPrototype {
  const model = distillFuncModel(plan.header, plan.fn);
  // Ids only need to be unique within one run: position in the request.
  const specs = req.variants.flatMap((variant, v) => req.modes.map((mode, m) => ({ variant, mode, id: jitId(v, m) })));
  if (!model.ok) {
    const trampolines = specs.map(({ variant, mode, id }): TrampolineSpec => ({ id, variant: variant.name, mode, result: { ok: false, reason: model.reason } }));
    return { proto: plan.index, model, trampolines };
  }
  let abi: ReturnType<TraceeFacts['abi']> | undefined;
  const facts: TraceeFacts = { model: model.model, abi: () => (abi ??= functionAbi(scopeOf(plan.header), plan.fn, model.model.argSize)) };
  const placed = new Map(req.variants.map((v) => [v.name, v.place(facts)]));
  const trampolines = specs.map(({ variant, mode, id }): TrampolineSpec => {
    const p = placed.get(variant.name)!;
    const result = p.ok ? { ok: true as const, placement: p.placement, words: generateTrampoline(p.placement, mode) } : p;
    return { id, variant: variant.name, mode, result };
  });
  return { proto: plan.index, model, trampolines };
}
