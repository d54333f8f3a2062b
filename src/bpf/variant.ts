// A trampoline variant: how one version of a JIT decides where the traced function's
// arguments are. It sees the BTF function model, as the kernel does; only the
// `reference` variant also looks at the real ABI. Adding a variant is one file exporting
// a Variant, listed in its target's variants/index.ts (docs/validate-your-jit-change.md).
import type { FuncModel } from './func-model/model.js';
import type { Planned } from './placement.js';

export interface TraceeFacts {
  model: FuncModel;
  /** The placement from abifuzz's own calling-convention model: ground truth a JIT cannot see. */
  abi: () => FunctionAbi;
}

export interface Variant {
  name: string;
  /** One line: what kernel state it mirrors. */
  summary: string;
  place(facts: TraceeFacts): Planned;
}

/** Where the calling convention really puts an argument, in the terms a trampoline needs. */
export type ArgAbi =
  /** In general argument registers first..first + count - 1. */
  | { in: 'regs'; first: number; count: number }
  | { in: 'stack'; offset: number }
  /** FP/SIMD registers, or nowhere (an empty argument): no trampoline context for these. */
  | { in: 'other'; why: string };

export interface FunctionAbi {
  args: ArgAbi[];
  /** The caller passes the address of a result buffer (in the target's result-pointer register). */
  indirectResult: boolean;
  /** Stack bytes the arguments occupy. */
  stackBytes: number;
}

