// pahole's "unexpected register usage" filter (dwarf_loader.c, from 1.25): a parameter at
// position i < 8 (arm64) whose DWARF location starts in a register other than x_i means
// the function does not follow the calling convention as BTF would describe it, and the
// function is left out of BTF (with --skip_encoding_btf_inconsistent_proto or
// consistent_func, as kernel builds ask), unless some parameter exempts the whole function:
// * 1.25 to 1.30: a parameter whose type is a struct (through typedefs and const, not a
//   union), since a 16-byte struct legitimately shifts every later register;
// * 1.31 (Tony Ambardar's `param__is_wide`, 2025-05; that it shipped in 1.31 was not
//   verified): a parameter wider than 8 bytes, `__int128` and 16-byte unions included.
// A parameter in memory (the stack, a frame slot) or with no location counts as optimized,
// not unexpected; optimized parameters do not drop a function. A parameter in an FP/SIMD
// register (user profile only: kernels have none) is not looked at; the integer ones after
// it, which it shifts, are.
//
// Where a parameter's location starts, at -O2 as kernels are built, is the register the
// calling convention put it in (the first of two for a 16-byte one: `DW_OP_reg2,
// DW_OP_piece 8, DW_OP_reg3, DW_OP_piece 8`), which test/jit/pahole.test.ts checks on
// gcc's DWARF; so it is read off the convention's placement here. Example: `long
// f(__int128 a, long b)`: b starts in x2, not x1: dropped by 1.25, kept by 1.31 (a is wide).
import { resolvedSize, stripModifiers, type BtfFunc } from '../func-model/btf.js';
import type { FunctionAbi } from '../variant.js';
import { REGISTER_PARAMS, type PaholeArch } from './uncertain-location.js';

export type Exemption = 'struct-param' | 'wide-param';


const exempts: Record<Exemption, (t: BtfFunc['params'][number]['type']) => boolean> = {
  'struct-param': (t) => stripModifiers(t).kind === 'struct',
  'wide-param': (t) => (resolvedSize(t) ?? 0) > 8,
};

/** The first parameter pahole finds in an unexpected register, when nothing exempts `fn`; or undefined. */
export function unexpectedRegisterParam(fn: BtfFunc, abi: FunctionAbi, exemption: Exemption, arch: PaholeArch = 'arm64'): number | undefined {
  const first = abi.args.slice(0, REGISTER_PARAMS[arch]).findIndex((a, i) => a.in === 'regs' && a.first !== i);
  if (first < 0) return undefined;
  return fn.params.some((p) => exempts[exemption](p.type)) ? undefined : first;
}
