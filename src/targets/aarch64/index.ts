// aarch64 Linux: AAPCS64 as gcc and clang implement it, observed under qemu-aarch64, and
// the arm64 BPF trampoline.
import { CODE_MAX } from '../../jit/harness/region.js';
import { sourceDir } from '../source-dir.js';
import type { Target } from '../target.js';
import { predictShapes } from './aapcs64/classify.js';
import type { PassingRules } from './aapcs64/rules.js';
import { SWITCHES } from './dialects/index.js';
import { AAPCS64_RULES } from './aapcs64/rule-vocabulary.js';
import { functionAbi } from './jit/abi.js';
import { kfuncCall } from './jit/kfunc-call.js';
import { generateTrampoline } from './jit/trampoline.js';
import { VARIANTS } from './jit/variants/index.js';
import { CLOBBER_PLACES, parseProbe, V_ARGS, X_ARGS } from './probe.js';

/** What an arm64 kernel build passes that can change code generation at a call. */
const KERNEL_FLAGS = [
  '-mgeneral-regs-only', '-fno-strict-aliasing', '-fno-common', '-fshort-wchar', '-fno-PIE',
  '-fno-asynchronous-unwind-tables', '-fno-delete-null-pointer-checks', '-fno-omit-frame-pointer',
  '-fno-optimize-sibling-calls', '-fno-strict-overflow', '-mbranch-protection=none',
] as const;

export const aarch64: Target = {
  name: 'aarch64',
  triple: 'aarch64-linux-gnu',
  convention: 'AAPCS64',
  registers: [X_ARGS, V_ARGS],
  returnRegisters: [X_ARGS, V_ARGS],
  resultPointer: 'x8',
  clobberPlaces: CLOBBER_PLACES,
  parseProbe,
  probe: { dir: sourceDir(import.meta.url, 'targets', 'aarch64', 'harness'), files: [['probe.S', 'probe.o', []]] },
  toolchain: {
    gcc: (v) => ({ command: `aarch64-linux-gnu-gcc-${v}`, pkg: `gcc-${v}-aarch64-linux-gnu` }),
    clangArgs: ['--target=aarch64-linux-gnu'],
    kernelFlags: () => KERNEL_FLAGS,
    linkers: ['aarch64-linux-gnu-gcc-12', 'aarch64-linux-gnu-gcc-11'],
    linkerPackages: 'gcc-12-aarch64-linux-gnu libc6-dev-arm64-cross',
    emulator: { command: 'qemu-aarch64', pkg: 'qemu-user' },
    // GlobalISel remarks once on each function it gives up on (-Rpass-missed=gisel-legalize
    // and its siblings); -w does not silence remarks, and the fallback's own warning it does.
    selectorFallbackArgs: (family, opt) => (family === 'clang' && opt === 'O0' ? ['-Rpass-missed=gisel'] : undefined),
  },
  predict: (params, ret, traced, dialect) => predictShapes(params, ret, traced, dialect.passing as PassingRules),
  switches: SWITCHES,
  ruleState: ['ngrn', 'nsrn', 'nsaa'],
  rules: AAPCS64_RULES,
  paholeArch: 'arm64',
  jit: {
    variants: VARIANTS,
    functionAbi,
    trampoline: generateTrampoline,
    kfuncCall,
    harness: {
      dir: sourceDir(import.meta.url, 'targets', 'aarch64', 'jit', 'harness'),
      files: [['jit.c', 'jit.o', ['-O2']], ['jit.S', 'jit-asm.o', []], ['../../../../jit/harness/c/trampolines.c', 'trampolines.o', ['-O2']]],
    },
    codeMax: CODE_MAX,
    /** In the order of the REGS record (jit.c abf_jit_arch_regs), SP after them. */
    calleeSaved: [...Array.from({ length: 10 }, (_, k) => `x${19 + k}`), 'x29 (FP)'],
  },
};
