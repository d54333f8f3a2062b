// The fixed addresses the harness maps (src/oracle/c/jit.c): veneers to the hooks the
// trampoline calls, the fake program and image objects it passes them, and where the
// trampoline itself is loaded. Absolute, so a trampoline is emitted once, as the kernel
// emits it, with `mov x10, #addr; blr x10` calls.
export const JIT_BASE = 0x0400_0000n;
export const CODE_ADDRESS = JIT_BASE + 0x1000n;
/** Bytes available for one trampoline. */
export const CODE_MAX = 0x7000;

/** Veneer slots, 16 bytes each; also the kind a program reports in its JIT_CTX record. */
export const Hook = { progEnter: 0, progExit: 1, trampEnter: 2, trampExit: 3, fentry: 4, fexit: 5, fmodRet: 6 } as const;
export type HookName = keyof typeof Hook;
import type { ProgKind } from '../../data/jit-outcome.js';

export const hookAddress = (h: HookName): bigint => JIT_BASE + BigInt(16 * Hook[h]);
/** The `struct bpf_prog *` the trampoline hands the enter/exit hooks. */
export const progObject = (kind: ProgKind): bigint => JIT_BASE + 0x8000n + BigInt(64 * Hook[kind]);
/** The `struct bpf_tramp_image *` for __bpf_tramp_enter/exit. */
export const IMAGE_OBJECT = JIT_BASE + 0x9000n;

/** Callee ids of JIT runs in records: bit 15 set, then the variant's and the mode's place in the request. */
export const JIT_ID_FLAG = 0x8000;
export const jitId = (variant: number, mode: number): number => JIT_ID_FLAG | (variant << 2) | mode;
