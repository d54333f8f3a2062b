// A trampoline variant: how one version of the arm64 JIT decides where the traced
// function's arguments are. It sees the BTF function model, as the kernel does; only the
// `reference` variant also looks at the real ABI. Adding a variant is one file exporting
// a Variant, listed in index.ts (docs/validate-your-jit-change.md).
import type { FunctionAbi } from '../abi.js';
import type { FuncModel } from '../func-model/model.js';
import type { Planned } from '../trampoline/placement.js';

export interface TraceeFacts {
  model: FuncModel;
  /** The AAPCS64 placement from abifuzz's own model: ground truth a JIT cannot see. */
  abi: () => FunctionAbi;
}

export interface Variant {
  name: string;
  /** One line: what kernel state it mirrors. */
  summary: string;
  place(facts: TraceeFacts): Planned;
}
