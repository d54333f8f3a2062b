// The order a BPF trampoline runs its programs in, the same in both kernels' JITs
// (arch_prepare_bpf_trampoline on arm64 and x86): fentry programs, or fmod_ret ones that
// may skip the original function, then the original call, then fexit programs. Each
// target emits the steps in its own machine code; this keeps the order in one place. Pure.
import type { ProgKind } from '../../data/jit-outcome.js';
import type { Mode } from '../../bpf/modes.js';

/** A target's assembler, as far as the programs' order needs it. */
export interface Labels<L> {
  label(): L;
  bind(label: L): void;
}

/** A target's emitters for the steps around the original call. */
export interface ProgramSteps<L> {
  /** One fentry or fexit program between its enter and exit hooks. */
  invokeProg(kind: ProgKind): void;
  /** The fmod_ret programs: a non-zero result jumps to `afterOriginal`, skipping the call. */
  modifyReturn(afterOriginal: L): void;
  /** The original function, its arguments put back (only when the mode calls it). */
  callOriginal(): void;
}

export function emitPrograms<L>(mode: Mode, c: Labels<L>, steps: ProgramSteps<L>): void {
  const afterOriginal = c.label();
  for (const kind of mode.before) {
    if (kind === 'fmodRet') steps.modifyReturn(afterOriginal);
    else steps.invokeProg(kind);
  }
  if (mode.callOrig) steps.callOriginal();
  c.bind(afterOriginal);
  for (const kind of mode.after) steps.invokeProg(kind);
}
