// What one trampoline run did, judged against ground truth: the JIT stage's answer per
// (config, variant, mode). Read by diff (findings), the campaign (tallies) and reports.

/** `kfunc`: a kfunc got wrong bytes through the JIT's call path; `kfunc-crash`: that call crashed. */
export type JitCheck = 'ctx' | 'forward' | 'ret' | 'regs' | 'crash' | 'kfunc' | 'kfunc-crash';

/** The BPF programs a trampoline runs, as the harness names them. */
export type ProgKind = 'fentry' | 'fexit' | 'fmodRet';

export interface JitProblem {
  check: JitCheck;
  /** Parameter index, for per-argument problems. */
  arg?: number;
  prog?: ProgKind;
  detail: string;
}

/** With a --btf-filter: whether that pahole keeps the function in BTF, or the parameter it is dropped for. */
export interface BtfVerdict {
  filter: string;
  dropped?: { arg: number; reason: string };
}

export type JitOutcome = { config: string; variant: string; mode: string; btf?: BtfVerdict } & (
  | { status: 'refused'; reason: string }
  /** Not judged: the harness could not patch the entry, or the model deviates here (reference). */
  | { status: 'not-run'; reason: string }
  | { status: 'ran'; problems: JitProblem[] }
);
