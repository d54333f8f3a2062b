// The function filter newer pahole applies when encoding kernel BTF (2025, after the
// arm64 many-args review: "teach pahole to sanitize BTF"), which the mainline arm64 JIT
// now relies on instead of refusing structs on the stack: a function is left out of BTF
// when a parameter past the argument registers (by index: x86-64 6, arm64 8, riscv 8,
// s390 5) is a struct or union that pahole infers to be packed. pahole 1.24, installed
// here, predates the rule (test/jit/func-model-pahole.test.ts shows it keeps them).
//
// pahole infers packing from DWARF sizes and offsets with the same two tests as libbpf
// (btf-align.ts); its natural alignment of a base type is its size, so the scalar cap is
// 16, not libbpf's 8. That detail is an assumption, the only place the two could differ
// being a 16-byte scalar at an 8-byte offset of a packed record.
import { btfIsPacked, REWORK_SCALAR_CAP } from './btf-align.js';
import { isRecord, stripModifiers, type BtfFunc } from './btf.js';

export const ARG_REGS = { x86_64: 6, arm64: 8, riscv64: 8, s390x: 5 } as const;
export type PaholeArch = keyof typeof ARG_REGS;

/** Why newer pahole would leave `fn` out of BTF for `arch`, or undefined. */
export function paholeSkipReason(fn: BtfFunc, arch: PaholeArch = 'arm64'): string | undefined {
  const regs = ARG_REGS[arch];
  for (const [i, p] of fn.params.entries()) {
    if (i < regs) continue;
    const t = stripModifiers(p.type);
    if (isRecord(t) && btfIsPacked(t, REWORK_SCALAR_CAP)) {
      return `pahole skips ${fn.name}: arg${i} is a packed ${t.kind} passed on the stack (${arch} has ${regs} argument registers)`;
    }
  }
  return undefined;
}
