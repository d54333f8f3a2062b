// A trampoline variant: how one version of a JIT decides where the traced function's
// arguments are. It sees the BTF function model, as the kernel does; only the
// `reference` variant also looks at the real ABI. Adding a variant is one file exporting
// a Variant, listed in its target's variants/index.ts (docs/validate-your-jit-change.md).
import type { DistillRules } from './func-model/distill-rules.js';
import type { FuncModel } from './func-model/model.js';
import type { Mode } from './modes.js';
import type { Planned } from './placement.js';

export interface TraceeFacts {
  model: FuncModel;
  /** The placement from abifuzz's own calling-convention model: ground truth a JIT cannot see. */
  abi: () => FunctionAbi;
}

/** The kernel state a variant mirrors, as `--jit list` prints it. */
export interface Mirrors {
  /** Abbreviated commit hashes, oldest first; empty for a proposal or abifuzz's own. */
  commits: readonly string[];
  /** yyyy-mm of the newest of them (of the posting, for a proposal). */
  date: string;
  /** Where those commits were at that date. */
  tree: 'mainline' | 'bpf-next' | 'RFC (not merged)' | 'abifuzz' | 'your C file';
}

export interface Variant {
  name: string;
  /** Older names that keep working in --jit and in corpus files. */
  aliases?: readonly string[];
  mirrors: Mirrors;
  /** One line: what kernel state it mirrors. */
  summary: string;
  /** What `btf_distill_func_proto` accepted at that date. */
  distill: DistillRules;
  /** A refusal at program load for this attach mode (the verifier's, not the JIT's), or undefined. */
  refuseMode?(model: FuncModel, mode: Mode): string | undefined;
  /** Called with every model of a batch before `place` is asked about any (a helper process answers them at once). */
  prepare?(models: readonly FuncModel[]): Promise<void>;
  place(facts: TraceeFacts): Planned;
  /** Its kfunc call path (bpf-next 2026-05 on), when the kernel it mirrors has one. */
  kfunc?: KfuncPath;
}

/**
 * How a JIT calls a kfunc with stack arguments: where it believes the kfunc wants each
 * argument (the same walk as its trampoline's, in the kernels so far), after it has
 * mapped the BPF caller's slots to its own homes for them.
 */
export interface KfuncPath {
  /** The commits of the path (as Mirrors.commits). */
  commits: readonly string[];
  /** One line: what it does with 16-byte and aligned arguments. */
  summary: string;
  /** A refusal at load (the verifier's), or undefined. */
  refuse?(model: FuncModel): string | undefined;
  place(facts: TraceeFacts): Planned;
}

/** Where the calling convention really puts an argument, in the terms a trampoline needs. */
export type ArgAbi =
  /** In general argument registers first..first + count - 1. */
  | { in: 'regs'; first: number; count: number }
  | { in: 'stack'; offset: number }
  /** FP/SIMD registers, or nowhere (an empty argument): no trampoline context for these. */
  | { in: 'other'; why: string };

/** Where the return value comes back: general registers, memory at the result pointer, or elsewhere (FP/SIMD). */
export type RetAbi = { in: 'regs'; count: number } | { in: 'indirect' } | { in: 'other'; why: string };

export interface FunctionAbi {
  args: ArgAbi[];
  /** Undefined for void. */
  ret: RetAbi | undefined;
  /** The caller passes the address of a result buffer (in the target's result-pointer register). */
  indirectResult: boolean;
  /** Stack bytes the arguments occupy. */
  stackBytes: number;
}
