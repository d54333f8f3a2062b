// Judges one trampoline run against ground truth: the BPF programs' context slots hold
// the values the caller passed, the original function received what a direct call
// delivers, the caller got the return value back (and fexit saw it), and the callee-saved
// registers and SP// survived. Ground truth is the graffiti the config's own caller wrote. Pure.
import type { JitCheck, JitOutcome, JitProblem, ProgKind } from '../data/jit-outcome.js';
import type { ValueShape } from '../data/location.js';
import { poolBases, wrongBytes } from '../oracle/observe.js';
import type { PrototypePlan } from '../oracle/plan.js';
import { BPF_CALLEE_HOOK, PROG_HOOK } from '../bpf/modes.js';
import type { JitRecords } from './harness/records.js';
import type { TrampolineSpec } from './plan.js';
import { bpfSlotName, type BpfArgSlots } from '../bpf/stack-args.js';

export interface RunFacts {
  plan: PrototypePlan;
  config: string;
  /** The value bits of the parameters and the return value, as the config lays them out. */
  shapes: ValueShape[];
  /** The target's callee-saved registers, in the REGS record's order. */
  calleeSaved: readonly string[];
  records: JitRecords | undefined;
  crash: string | undefined;
}

/** As a kernel developer writes it. */
const progName = (kind: ProgKind): string => (kind === 'fmodRet' ? 'fmod_ret' : kind);


const headOf = (spec: TrampolineSpec, run: RunFacts) => ({ config: run.config, variant: spec.variant, mode: spec.mode.name, ...(spec.btf ? { btf: spec.btf } : {}) });

/** A refused run, or one that crashed (reported under `crash`): nothing recorded to judge. */
function refusedOrCrashed(spec: TrampolineSpec, run: RunFacts, crash: JitCheck): JitOutcome | undefined {
  const head = headOf(spec, run);
  if (!spec.result.ok) return { ...head, status: 'refused', reason: spec.result.reason };
  if (run.crash) return { ...head, status: 'ran', problems: [{ check: crash, detail: run.crash }] };
  return undefined;
}

export function judge(spec: TrampolineSpec, run: RunFacts): JitOutcome {
  const early = refusedOrCrashed(spec, run, 'crash');
  if (early) return early;
  const head = headOf(spec, run);
  const r = run.records;
  if (!r) return { ...head, status: 'ran', problems: [{ check: 'crash', detail: 'the harness recorded nothing for this run' }] };
  if (r.unpatchable) return { ...head, status: 'not-run', reason: 'the traced function has no patchable entry' };
  const values = valuesOf(run.plan, run.shapes);
  // Where the programs look, which is where a correct trampoline must have put things.
  const { nslots, slots } = spec.view;
  const progs = [...spec.mode.before, ...spec.mode.after];
  const problems = [
    ...progs.flatMap((kind) => contextProblems(kind, r.ctx.get(PROG_HOOK[kind]), values, nslots, slots)),
    ...forwardProblems(r, values),
    ...returnProblems(r, values),
    ...registerProblems(r.regs, run.calleeSaved),
  ];
  return { ...head, status: 'ran', problems };
}

/**
 * A kfunc call through the JIT's call path: the callee got every argument the BPF caller
 * passed, byte for byte (the return value is r0's, not checked here); and a BPF callee
 * called with the same slots read every argument back from them.
 */
export function judgeKfunc(spec: TrampolineSpec, run: RunFacts): JitOutcome {
  const early = refusedOrCrashed(spec, run, 'kfunc-crash');
  if (early) return early;
  const v = valuesOf(run.plan, run.shapes);
  const call = spec.kfunc!.call;
  const seen = run.records?.ctx.get(BPF_CALLEE_HOOK);
  const problems = call.args.flatMap((slots, i): JitProblem[] => {
    const where = `parameter ${i + 1} (BPF ${bpfSlotsOf(slots)})`;
    const read = seen?.subarray(8 * slots.first, 8 * slots.first + v.shapes[i]!.size);
    return [
      ...wrongValue(`the kfunc's ${where}`, run.records?.args.get(i), 'never received (the kfunc did not run)', v, i),
      ...wrongValue(`a BPF callee's ${where}, read at FP+16+…`, read, 'never read (the BPF-to-BPF call did not run)', v, i),
    ].map((detail) => ({ check: 'kfunc', arg: i, detail }));
  });
  return { ...headOf(spec, run), status: 'ran', problems };
}

/** What is wrong with `got` as parameter i's value, or that it never came (`missing`). */
function wrongValue(what: string, got: Uint8Array | undefined, missing: string, v: Values, i: number): string[] {
  if (!got) return [`${what}: ${missing}`];
  const wrong = wrongBytes(got, v.shapes[i]!, v.bases[i]!);
  return wrong.length > 0 ? [describeWrong(what, wrong, v.shapes[i]!.size)] : [];
}

const bpfSlotsOf = (a: BpfArgSlots): string => Array.from({ length: a.count }, (_, k) => bpfSlotName(a.first + k)).join(', ');

interface Values {
  shapes: ValueShape[];
  bases: number[];
  nparams: number;
  hasRet: boolean;
}

function valuesOf(plan: PrototypePlan, shapes: ValueShape[]): Values {
  const hasRet = plan.ret !== undefined;
  return { shapes, bases: poolBases(shapes), nparams: plan.params.length, hasRet };
}

function describeWrong(what: string, wrong: number[], size: number): string {
  return `${what}: ${wrong.length} of ${size} bytes wrong (bytes ${wrong.slice(0, 8).join(',')}${wrong.length > 8 ? ',…' : ''})`;
}

function contextProblems(kind: ProgKind, ctx: Buffer | undefined, v: Values, nslots: number, slots: number[]): JitProblem[] {
  const name = progName(kind);
  if (!ctx) return [{ check: 'ctx', prog: kind, detail: `the ${name} program never ran` }];
  const out: JitProblem[] = [];
  const count = Number(ctx.readBigUInt64LE(0) & 0xffn);
  if (count !== nslots) out.push({ check: 'ctx', prog: kind, detail: `${name}: ctx[-1] says ${count} argument slots, the function model has ${nslots}` });
  for (let i = 0; i < v.nparams; i++) {
    const shape = v.shapes[i]!;
    const at = 8 + 8 * slots[i]!;
    const wrong = wrongBytes(ctx.subarray(at, at + shape.size), shape, v.bases[i]!);
    if (wrong.length > 0) out.push({ check: 'ctx', prog: kind, arg: i, detail: describeWrong(`${name} ctx[${slots[i]}], parameter ${i + 1}`, wrong, shape.size) });
  }
  // fmod_ret programs run before the original: their return slot is zeroed, not the result.
  if (kind === 'fexit' && v.hasRet) {
    const shape = v.shapes[v.nparams]!;
    const at = 8 + 8 * nslots;
    const wrong = wrongBytes(ctx.subarray(at, at + shape.size), shape, v.bases[v.nparams]!);
    if (wrong.length > 0) out.push({ check: 'ret', prog: kind, detail: describeWrong(`fexit ctx[${nslots}], the return value`, wrong, shape.size) });
  }
  return out;
}

function forwardProblems(r: JitRecords, v: Values): JitProblem[] {
  const out: JitProblem[] = [];
  for (let i = 0; i < v.nparams; i++) {
    const got = r.args.get(i);
    const shape = v.shapes[i]!;
    if (!got) {
      out.push({ check: 'forward', arg: i, detail: `the original function never received parameter ${i + 1}` });
      continue;
    }
    const wrong = wrongBytes(got, shape, v.bases[i]!);
    if (wrong.length > 0) out.push({ check: 'forward', arg: i, detail: describeWrong(`the original function's parameter ${i + 1}`, wrong, shape.size) });
  }
  return out;
}

function returnProblems(r: JitRecords, v: Values): JitProblem[] {
  if (!v.hasRet) return [];
  const shape = v.shapes[v.nparams]!;
  if (!r.ret) return [{ check: 'ret', detail: 'the caller never got a return value' }];
  const wrong = wrongBytes(r.ret, shape, v.bases[v.nparams]!);
  return wrong.length > 0 ? [{ check: 'ret', detail: describeWrong("the caller's return value", wrong, shape.size) }] : [];
}

/** REGS record: the callee-saved registers and SP after the call, then the expected values, then hook flags. */
function registerProblems(regs: Buffer | undefined, names: readonly string[]): JitProblem[] {
  if (!regs) return [{ check: 'regs', detail: 'no register record' }];
  const u = (k: number): bigint => regs.readBigUInt64LE(8 * k);
  const n = names.length;
  const out: JitProblem[] = [];
  const broken = names.filter((_, k) => u(k) !== u(n + 1 + k));
  if (broken.length > 0) out.push({ check: 'regs', detail: `callee-saved ${broken.join(', ')} not preserved` });
  if (u(n) !== u(2 * n + 1)) out.push({ check: 'regs', detail: `SP moved by ${Number(u(n) - u(2 * n + 1))} bytes across the call` });
  const hooks = Number(u(2 * n + 2));
  if (hooks !== 0) out.push({ check: 'regs', detail: `a hook got a wrong argument (${hookFlags(hooks)})` });
  return out;
}

function hookFlags(bits: number): string {
  const names = ['__bpf_prog_enter', '__bpf_prog_exit', '__bpf_tramp_enter/exit'];
  return names.filter((_, k) => (bits >> k) & 1).join(', ');
}
