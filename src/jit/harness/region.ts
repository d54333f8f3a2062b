// The fixed addresses a JIT harness maps (its target's jit.c): veneers to the hooks a
// trampoline calls, the fake program and image objects it hands them, and where the
// trampoline itself is loaded. Absolute, so a trampoline is emitted once, as the kernel
// emits it, with direct calls. Target-neutral: both targets' harnesses use these, through
// the C driver they share (src/jit/harness/c/trampolines.c, which keeps the same numbers).
import type { ProgKind } from '../../data/jit-outcome.js';
import { PROG_HOOK } from '../../bpf/modes.js';

export const JIT_BASE = 0x0400_0000n;
export const CODE_ADDRESS = JIT_BASE + 0x1000n;
/** Bytes available for one trampoline. */
export const CODE_MAX = 0x7000;

/** Veneer slots, 16 bytes each; a program's slot is also the kind its JIT_CTX record reports. */
export const Hook = { progEnter: 0, progExit: 1, trampEnter: 2, trampExit: 3, ...PROG_HOOK } as const;
export type HookName = keyof typeof Hook;

export const hookAddress = (h: HookName): bigint => JIT_BASE + BigInt(16 * Hook[h]);
/** The `struct bpf_prog *` the trampoline hands the enter/exit hooks. */
export const progObject = (kind: ProgKind): bigint => JIT_BASE + 0x8000n + BigInt(64 * Hook[kind]);
/** The `struct bpf_tramp_image *` for __bpf_tramp_enter/exit. */
export const IMAGE_OBJECT = JIT_BASE + 0x9000n;
