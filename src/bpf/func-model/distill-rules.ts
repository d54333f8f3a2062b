// What `btf_distill_func_proto` (kernel/bpf/btf.c) accepted at each date. The checks and
// their order never changed (distill-btf.ts); what a struct/union counts as did:
//
// * 2022, 720e6a435194 "bpf: Allow struct argument in trampoline based programs": a
//   STRUCT argument of up to 16 bytes gets a size and BTF_FMODEL_STRUCT_ARG. A UNION has
//   no size ("arg%d type UNION is unsupported"); any struct or union return is refused.
// * 2025-09, ccb4f5d91ec4 "bpf: Allow union argument in trampoline based programs":
//   unions get a size and the flag wherever structs did (read in the v3 patch, the code
//   of the merged commit was not). Union returns stay refused.
// * 2026, commit not found: struct and union returns of up to 16 bytes are distilled
//   (ret_size, ret_flags with the STRUCT flag), larger ones refused. The reference notes
//   state it of the 2026-12 tree; which commit did it and when could not be verified, so
//   it is taken to come with the 2026-08 return-path fix (c48796aa6c39), the first date
//   at which a >8-byte return is refused where it would be read.

export interface DistillRules {
  /** The commit that made these the rules, as `--jit list` shows it. */
  since: string;
  /** A union argument is sized and flagged like a struct. */
  unionArgs: boolean;
  /** Struct and union returns of up to MAX_ARG_SIZE bytes are distilled. */
  aggregateReturns: boolean;
}

export const DISTILL_STRUCT_ARGS: DistillRules = { since: '720e6a435194 (2022)', unionArgs: false, aggregateReturns: false };
export const DISTILL_UNION_ARGS: DistillRules = { since: 'ccb4f5d91ec4 (2025-09)', unionArgs: true, aggregateReturns: false };
export const DISTILL_AGGREGATE_RETURNS: DistillRules = { since: '2026 (commit not found)', unionArgs: true, aggregateReturns: true };

/** Today's tree. */
export const DISTILL_LATEST = DISTILL_AGGREGATE_RETURNS;
