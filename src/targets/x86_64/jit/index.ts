// The x86-64 BPF trampoline JIT, as src/targets/x86_64/index.ts is to carry it
// (`jit: X86_JIT`): its variants, the SysV placement `reference` reads, the trampoline as
// padded words for the run file, and the harness's JIT half (the target-neutral driver
// src/jit/harness/c/trampolines.c with this target's jit.c and jit.S). No kfunc call path
// yet: kfunc mode is refused.
import { bytesAsWords } from '../../../jit/harness/blob.js';
import { CODE_MAX } from '../../../jit/harness/region.js';
import { sourceDir } from '../../source-dir.js';
import type { TargetJit } from '../../target.js';
import { functionAbi } from './abi.js';
import { generateTrampoline } from './trampoline.js';
import { VARIANTS } from './variants/index.js';

const INT3 = 0xcc;

export const X86_JIT: TargetJit = {
  variants: VARIANTS,
  functionAbi,
  trampoline: (p, mode) => bytesAsWords(generateTrampoline(p, mode), INT3),
  harness: {
    dir: sourceDir(import.meta.url, 'targets', 'x86_64', 'jit', 'harness'),
    files: [['jit.c', 'jit.o', ['-O2']], ['jit.S', 'jit-asm.o', []], ['../../../../jit/harness/c/trampolines.c', 'trampolines.o', ['-O2']]],
  },
  codeMax: CODE_MAX,
  /** In the order of the REGS record (jit.c abf_jit_arch_regs). */
  calleeSaved: ['rbx', 'rbp', 'r12', 'r13', 'r14', 'r15'],
};
