// x86-64 Linux: the System V psABI as gcc and clang implement it, observed natively (the
// host is x86-64: no emulator).
import { X86_LAYOUT } from './layout.js';
import { sourceDir } from '../source-dir.js';
import type { Target } from '../target.js';
import { predictShapes } from './sysv/classify.js';
import { SYSV_RULES } from './sysv/rule-vocabulary.js';
import type { SysvRules } from './sysv/rules.js';
import { SWITCHES } from './dialects/index.js';
import { X86_JIT } from './jit/index.js';
import { CLOBBER_PLACES, GPR_ARGS, GPR_RETURNS, parseProbe, X87, XMM } from './probe.js';

/**
 * What an x86-64 kernel build passes (arch/x86/Makefile) that can change code generation
 * at a call: no SSE, MMX or x87 registers, an 8-byte stack boundary, no red zone. Not
 * -mcmodel=kernel: the harness links at user-space addresses, and the code model moves no
 * argument.
 */
const KERNEL_COMMON = [
  '-mno-sse', '-mno-mmx', '-mno-sse2', '-mno-3dnow', '-mno-avx', '-mno-80387', '-mno-fp-ret-in-387',
  '-mno-red-zone', '-mskip-rax-setup', '-fno-strict-aliasing', '-fno-common', '-fshort-wchar', '-fno-PIE',
  '-fno-asynchronous-unwind-tables', '-fno-delete-null-pointer-checks', '-fno-omit-frame-pointer',
  '-fno-optimize-sibling-calls', '-fno-strict-overflow',
] as const;
const KERNEL_FLAGS = {
  gcc: [...KERNEL_COMMON, '-mpreferred-stack-boundary=3'],
  clang: [...KERNEL_COMMON, '-mstack-alignment=8'],
} as const;

export const x86_64: Target = {
  name: 'x86_64',
  triple: 'x86_64-linux-gnu',
  convention: 'SysV',
  registers: [GPR_ARGS, XMM, GPR_RETURNS, X87],
  returnRegisters: [GPR_RETURNS, XMM, X87],
  resultPointer: 'rdi',
  stackValuesWhole: true,
  clobberPlaces: CLOBBER_PLACES,
  parseProbe,
  probe: { dir: sourceDir(import.meta.url, 'targets', 'x86_64', 'harness'), files: [['probe.S', 'probe.o', []], ['bf16.S', 'bf16.o', []]] },
  toolchain: {
    gcc: (v) => ({ command: `x86_64-linux-gnu-gcc-${v}`, pkg: `gcc-${v}` }),
    clangArgs: ['--target=x86_64-linux-gnu'],
    kernelFlags: (family) => KERNEL_FLAGS[family],
    linkers: ['x86_64-linux-gnu-gcc-12', 'gcc'],
    linkerPackages: 'gcc-12 libc6-dev',
    emulator: undefined,
    // clang 14 rejects both ("not supported on this target"); gcc has __bf16 on x86-64 from 13.
    // clang 15 and 16 accept __bf16 as a storage-only type whose passing is broken: clang 16
    // -O2 crashes on a struct { __bf16 a[2]; } argument (corpus/compiler-bugs/
    // clang16-x86-bf16-pair-crash.h) and at -O0 its callers and callees disagree on it.
    typeSupport: (c) => ({ bf16: c.family === 'clang' && c.version >= 17, float16: c.family === 'gcc' || c.version >= 15 }),
  },
  predict: (params, ret, traced, dialect) => predictShapes(params, ret, traced, dialect.passing as SysvRules),
  switches: SWITCHES,
  ruleState: ['gpr', 'sse', 'stack'],
  rules: SYSV_RULES,
  paholeArch: 'x86_64',
  layout: X86_LAYOUT,
  jit: X86_JIT,
};
