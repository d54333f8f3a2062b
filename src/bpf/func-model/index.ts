// The func-model API: the kernel's `btf_func_model` for a prototype, from the IR or from
// real BTF, and what BTF-based heuristics make of alignment.
export * from './model.js';
export { distillFuncModel, type DistillOptions } from './distill.js';
export { ARG_REGS, paholeSkipReason, type PaholeArch } from './pahole-skip.js';
export { distillBtfFunc, fmodelFlags } from './distill-btf.js';
export { distillFromBtf } from './distill-from-btf.js';
export { btfAlignOf, btfIsPacked, LIBBPF_SCALAR_CAP, REWORK_SCALAR_CAP } from './btf-align.js';
export { largestMemberSize } from './largest-member.js';
export { btfFuncOf, encodeType, NotEncodable } from './from-ir.js';
export type { BtfFunc, BtfMember, BtfParam, BtfType, RecordType } from './btf.js';
export { parseBtf, BtfFormatError, type RawBtf } from './btf-parse.js';
export { BtfGraph } from './btf-graph.js';
export { definitionsSource } from './c-source.js';
export { paholeBtf, type BtfCompiler, type PaholeResult } from '../../toolchains/pahole.js';
