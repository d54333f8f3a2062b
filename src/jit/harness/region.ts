// The fixed region a JIT harness maps (its target's jit.c): veneers to the hooks a
// trampoline calls, the fake program and image objects it hands them, and where the
// trampoline itself is loaded. Absolute, so a trampoline is emitted once, as the kernel
// emits it, with direct calls. The layout is target-neutral (the C driver both targets
// share, src/jit/harness/c/trampolines.c, keeps the same offsets); where the region starts
// is the target's (ABF_JIT_BASE in its target.h, the same number as its regionAt).
import type { ProgKind } from '../../data/jit-outcome.js';
import { PROG_HOOK } from '../../bpf/modes.js';

/** Bytes available for one trampoline. */
export const CODE_MAX = 0x7000;

/** Veneer slots, 16 bytes each; a program's slot is also the kind its JIT_CTX record reports. */
export const Hook = { progEnter: 0, progExit: 1, trampEnter: 2, trampExit: 3, ...PROG_HOOK } as const;
export type HookName = keyof typeof Hook;

export interface Region {
  /** Where the trampoline is loaded. */
  code: bigint;
  hook(h: HookName): bigint;
  /** The `struct bpf_prog *` the trampoline hands the enter/exit hooks. */
  prog(kind: ProgKind): bigint;
  /** The `struct bpf_tramp_image *` for __bpf_tramp_enter/exit. */
  image: bigint;
}

export function regionAt(base: bigint): Region {
  return {
    code: base + 0x1000n,
    hook: (h) => base + BigInt(16 * Hook[h]),
    prog: (kind) => base + 0x8000n + BigInt(64 * Hook[kind]),
    image: base + 0x9000n,
  };
}
