// What the verifier accepts of a kfunc call with stack arguments, by kernel date (the
// reference notes, "Stack arguments for BPF functions and kfuncs"). Pure.
import { STRUCT_ARG, type BtfFuncModel } from './func-model/model.js';
import { BPF_REG_ARGS } from './stack-args.js';
import type { KfuncPath, Variant } from './variant.js';

/** Every date: a kfunc returns nothing, a scalar or a pointer, in r0. */
export function kfuncReturnRefusal(m: BtfFuncModel): string | undefined {
  if ((m.retFlags & STRUCT_ARG) !== 0) return 'a kfunc returning a struct or union by value is refused (it returns a scalar or a pointer in r0)';
  if (m.retSize > 8) return `a kfunc's ${m.retSize}-byte return value does not fit r0`;
  return undefined;
}

/**
 * bpf-next 2026-05 (235b2fe772f5 and the series before it): every kfunc argument is a
 * scalar or a pointer of at most 8 bytes; by-value structs and `__int128` came with the
 * 2026-09 series.
 */
export function narrowArgsRefusal(m: BtfFuncModel): string | undefined {
  const i = m.argSize.findIndex((size, k) => size > 8 || (m.argFlags[k]! & STRUCT_ARG) !== 0);
  if (i < 0) return kfuncReturnRefusal(m);
  return `kfunc arg${i}: a ${m.argSize[i]}-byte ${(m.argFlags[i]! & STRUCT_ARG) !== 0 ? 'struct or union' : 'scalar'} (before the 2026-09 series every kfunc argument is a scalar or pointer of at most 8 bytes)`;
}

/**
 * Before the 2026 stack arguments: a kfunc takes at most five arguments, r1–r5 in the
 * first five argument registers, each a scalar or pointer of at most 8 bytes. Every
 * kernel variant without a kfunc path of its own calls kfuncs so.
 */
export function registersOnlyKfunc(v: Variant): KfuncPath {
  return {
    commits: [],
    summary: 'at most five arguments of at most 8 bytes, r1-r5 in x0-x4',
    refuse: (m) => (m.nrArgs > BPF_REG_ARGS ? `a kfunc with ${m.nrArgs} arguments (before the 2026 stack arguments at most ${BPF_REG_ARGS}, r1-r5)` : narrowArgsRefusal(m)),
    place: v.place,
  };
}
