// The kernel's `struct btf_func_model` (include/linux/bpf.h): everything a BPF trampoline
// JIT is told about the traced function's arguments, plus the alignment facts that the
// proposed reworks would add and the true ones that only the C layout knows. The JIT
// models in src/jit consume this; the model never holds more than BTF could supply
// unless the field says otherwise.

/** Kernel BTF_FMODEL_* bits. STRUCT covers unions too (`__btf_type_is_struct`). */
export const STRUCT_ARG = 1;
export const SIGNED_ARG = 2;
/** The 2026 in-flight rework's flag: BTF-computed alignment of the argument > 8. */
export const ALIGN16_ARG = 4;

/** MAX_BPF_FUNC_ARGS. */
export const MAX_ARGS = 12;
/** The largest argument `btf_distill_func_proto` accepts, in bytes. */
export const MAX_ARG_SIZE = 16;

/** The part of the model that BTF alone determines (what `distillFromBtf` can give). */
export interface BtfFuncModel {
  nrArgs: number;
  /** BTF size per argument (a pointer is 8). */
  argSize: number[];
  /** STRUCT_ARG for struct and union, SIGNED_ARG for INT with the SIGNED encoding. */
  argFlags: number[];
  /** 0 for void. */
  retSize: number;
  retFlags: number;
  /** libbpf `btf__align_of` per argument: what a JIT that asks BTF for alignment sees. */
  btfAlign: number[];
  /**
   * The 2025 RFC's `arg_largest_member_size`: for struct/union arguments the largest
   * resolved size among first-level members, 0 otherwise (see largest-member.ts).
   */
  largestMemberSize: number[];
  /**
   * The alignment a kernel-side BTF helper for the 2026 rework would compute: libbpf's
   * rules with scalars aligned to their size up to 16 (btf-align.ts). ALIGN16_ARG is
   * `alignFlag(reworkAlign[i])`; mainline `argFlags` never carries it.
   */
  reworkAlign: number[];
}

export interface FuncModel extends BtfFuncModel {
  /** _Alignof per argument from the layout engine (BTF cannot know it). */
  trueAlign: number[];
  /** AAPCS64 natural alignment per argument (C.4/C.10/C.14), from the layout engine. */
  naturalAlign: number[];
}

/**
 * Why no model exists. The first six are `btf_distill_func_proto`'s refusals; the last
 * two happen before the kernel is asked: pahole could not (or chose not to) put the
 * function into BTF, so nothing can attach to it.
 */
export type RefusalKind =
  | 'too-many-args'
  | 'varargs'
  | 'ret-unsupported'
  | 'arg-unsupported'
  | 'arg-too-big'
  | 'arg-size-zero'
  | 'not-encodable'
  | 'not-in-btf';

export interface Refusal {
  ok: false;
  kind: RefusalKind;
  /** One short line, e.g. "arg2 is a FLOAT (only pointer, int, enum, struct, union)". */
  reason: string;
  /** 0-based argument index (the kernel's `arg%d`), when one argument is to blame. */
  arg?: number;
}

export type Distilled<M extends BtfFuncModel = FuncModel> = { ok: true; model: M } | Refusal;

export function refuse(kind: RefusalKind, reason: string, arg?: number): Refusal {
  return arg === undefined ? { ok: false, kind, reason } : { ok: false, kind, reason, arg };
}

/** ALIGN16_ARG from a BTF alignment: the rework sets it above 8 bytes. */
export function alignFlag(align: number): number {
  return align > 8 ? ALIGN16_ARG : 0;
}

/** The rework's per-argument flags: mainline flags plus ALIGN16_ARG. */
export function reworkFlags(m: BtfFuncModel): number[] {
  return m.argFlags.map((f, i) => f | alignFlag(m.reworkAlign[i] ?? 0));
}
