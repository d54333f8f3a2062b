// pahole 1.31's "uncertain parameter location" filter (btf_encoder.c
// `ftype__has_uncertain_arg_loc`, 4a1f0c99df26, 2025-08; the kernel's answer to the arm64
// many-args review: dc704d0cfa43 removed the JIT's own refusal and left it to this). A
// function with a parameter at a 0-based *position* of at least the number of argument
// registers, whose *direct* type is a named struct that pahole infers packed
// (infer-packed.ts), is left out of BTF. What it does not look at, by construction:
// * positions, not register slots: `f(struct S16 a, long b, ..., struct P p)` with p the
//   8th parameter has p on the stack (a takes two registers) but position 7: kept;
// * the direct type only: a `typedef` of the packed struct or a `const struct P` is a
//   DW_TAG_typedef or DW_TAG_const_type, not a struct: kept;
// * unions and anonymous structs: kept;
// * over-aligned structs and `__int128` members, which no packing test sees.
// pahole applies it only with --btf_features=consistent_func (as kernel builds ask) and
// drops a function that any compilation unit marks; one unit here.
import type { BtfFunc } from '../func-model/btf.js';
import { infersPacked } from './infer-packed.js';

/** `arch_nr_register_params` by ELF machine; pahole checks nothing on an unknown one. */
export const REGISTER_PARAMS = { x86_64: 6, arm64: 8, riscv64: 8, s390x: 5 } as const;
export type PaholeArch = keyof typeof REGISTER_PARAMS;

/** How a filter's reason names argument register i. */
export const argRegisterName = (arch: PaholeArch, i: number): string =>
  arch === 'x86_64' ? ['rdi', 'rsi', 'rdx', 'rcx', 'r8', 'r9'][i] ?? `register ${i}` : arch === 's390x' ? `r${i + 2}` : arch === 'riscv64' ? `a${i}` : `x${i}`;

/** The first parameter that makes `fn`'s location uncertain to pahole 1.31, or undefined. */
export function uncertainParam(fn: BtfFunc, arch: PaholeArch = 'arm64'): number | undefined {
  const nreg = REGISTER_PARAMS[arch];
  for (const [i, p] of fn.params.entries()) {
    if (i < nreg) continue;
    const t = p.type;
    if (t.kind === 'struct' && t.name !== '' && infersPacked(t)) return i;
  }
  return undefined;
}
