// How a trampoline is attached: which programs run and which kernel trampoline flags
// that implies. fentry alone returns into the traced function; fexit and fmod_ret call
// the original function from the trampoline and return to its caller. `kfunc` is no
// trampoline: a BPF program calls the function through the JIT's kfunc call path.
import type { ProgKind } from '../data/jit-outcome.js';
import { UserError } from '../user-error.js';

export interface Mode {
  name: 'fentry' | 'fexit' | 'fmod_ret' | 'kfunc';
  /** Not a trampoline: a BPF program calling the function as a kfunc, through the JIT's call path. */
  kfunc?: true;
  /** BPF_TRAMP_F_CALL_ORIG (with SKIP_FRAME): the trampoline calls the traced function. */
  callOrig: boolean;
  /** BPF_TRAMP_F_RESTORE_REGS: argument registers reloaded before returning into it. */
  restoreRegs: boolean;
  /** A program of this attach type reads the return value (fexit's ctx, fmod_ret's result): the 2026-08 check applies. */
  readsReturn: boolean;
  /** Programs before the original call (fmod_ret ones may skip it), and after. */
  before: ProgKind[];
  after: ProgKind[];
}

/**
 * The hook number of each program kind in every target's JIT harness: the veneer it is
 * called through, and the kind its JIT_CTX record reports.
 */
export const PROG_HOOK = { fentry: 4, fexit: 5, fmodRet: 6 } as const satisfies Record<ProgKind, number>;

/** The JIT_CTX kind under which the callee of a kfunc-mode BPF-to-BPF call reports the slots it read: the hook after the programs' (jit.c's H_BPF_CALLEE). */
export const BPF_CALLEE_HOOK = 7;

export const MODES: readonly Mode[] = [
  { name: 'fentry', callOrig: false, restoreRegs: true, readsReturn: false, before: ['fentry'], after: [] },
  { name: 'fexit', callOrig: true, restoreRegs: false, readsReturn: true, before: ['fentry'], after: ['fexit'] },
  { name: 'fmod_ret', callOrig: true, restoreRegs: false, readsReturn: true, before: ['fmodRet'], after: ['fexit'] },
  { name: 'kfunc', kfunc: true, callOrig: false, restoreRegs: false, readsReturn: false, before: [], after: [] },
];

/** The attach modes proper: every mode but `kfunc`. */
export const TRAMPOLINE_MODES: readonly Mode[] = MODES.filter((m) => !m.kfunc);

export function modeByName(name: string): Mode | undefined {
  return MODES.find((m) => m.name === name);
}

/** `fentry,fexit`: the modes a user names. */
export function parseModes(list: string): Mode[] {
  return list.split(',').map((s) => {
    const m = modeByName(s.trim());
    if (!m) throw new UserError(`unknown JIT mode '${s}': use ${MODES.map((x) => x.name).join(', ')}`);
    return m;
  });
}
