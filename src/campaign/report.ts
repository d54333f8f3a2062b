// The check report: one JSON-serializable structure (schema in docs/check-json.md), built
// from the stages' answers for the prototypes of one file. Pure; cli/report.ts renders it.
import type { FunctionDecl } from '../c/ir.js';
import { printFunction, printType } from '../c/print.js';
import type { SignedFinding as Finding } from '../diff/signature.js';
import type { Located } from '../data/location.js';
import type { PrototypeObservation } from '../data/observation.js';
import type { ValueLayout } from '../data/layout.js';
import type { Config, Profile } from '../toolchains/config.js';
import type { ModelView } from '../model/view.js';
import type { Prediction } from '../data/prediction.js';
import type { JitOutcome } from '../data/jit-outcome.js';
import type { DialectMiss } from '../diff/dialect-check.js';

export const CHECK_SCHEMA = 'abifuzz-check/1';

export interface ValueReport {
  name: string;
  type: string;
  pieces: string[];
  bytes: (string | null)[];
  /** By reference: the alignment of the copy's address. */
  refAlign?: number;
}

export type ConfigReport =
  | { status: 'ok'; args: ValueReport[]; ret: ValueReport | null; layouts: ValueLayout[]; callees: { callee: string; badArgs: number[]; retOk: boolean | null; crashed?: string }[] }
  | { status: 'unsupported' | 'compiler-crash' | 'runtime-crash'; message: string };

export interface ModelValueReport extends ValueReport {
  trace: string[];
  naturalAlign: number;
  /** With explain --as: the switches of that dialect that moved this value. */
  movedBy?: string[];
  /** Then the convention's state before and after the value, by the target's names (AAPCS64: ngrn, nsrn, nsaa). */
  [rule: string]: unknown;
}

/** Whether a config's dialect predicts what it did with one prototype. */
export interface DialectReport {
  switches: string[];
  predicted: boolean;
  misses: DialectMiss[];
  /** The compiler's default instruction selector gave up on the caller: its fallback's dialect spoke. */
  selectorFellBack?: true;
}

export interface FunctionReport {
  name: string;
  origin: string;
  prototype: string;
  /** The model's prediction, with the rules that fired. */
  model: { args: ModelValueReport[]; ret: ModelValueReport | null };
  configs: Record<string, ConfigReport>;
  /** Per config that ran: does its dialect predict it (layouts, locations, copy alignment)? */
  dialects: Record<string, DialectReport>;
  /** With --jit: every (config, variant, mode) outcome. */
  jit?: JitOutcome[];
}

export interface CheckReport {
  schema: typeof CHECK_SCHEMA;
  file: string;
  profile: Profile;
  configs: { id: string; compiler: string; opt: string }[];
  functions: FunctionReport[];
  /** `rootCause`: the dialect switches that explain it, when they do (known, see docs/compiler-deviations.md). */
  findings: (Finding & { rootCause?: string[] })[];
}

/** What the report holds besides the observations and the model. */
export interface ReportExtras {
  jit?: JitOutcome[][];
  dialects: Record<string, DialectReport>[];
  movedBy?: string[][][];
}

export function buildReport(file: string, profile: Profile, configs: Config[], fns: FunctionDecl[], observations: PrototypeObservation[], findings: CheckReport['findings'], models: ModelView[], x: ReportExtras): CheckReport {
  return {
    schema: CHECK_SCHEMA,
    file,
    profile,
    configs: configs.map((c) => ({ id: c.id, compiler: c.compiler.id, opt: c.opt })),
    functions: observations.map((o, i) => functionReport(fns[i]!, o, models[i]!, x.dialects[i]!, x.jit?.[i], x.movedBy?.[i])),
    findings,
  };
}

function modelValue(name: string, type: string, p: Prediction, movedBy: string[] | undefined): ModelValueReport {
  return { name, type, pieces: p.pieces, bytes: p.bytes, trace: p.trace, naturalAlign: p.naturalAlign, ...(movedBy ? { movedBy } : {}), ...p.state };
}

function functionReport(fn: FunctionDecl, o: PrototypeObservation, view: ModelView, dialects: Record<string, DialectReport>, jit: JitOutcome[] | undefined, movedBy: string[][] | undefined): FunctionReport {
  const value = (name: string, type: string, l: Located): ValueReport => ({ name, type, pieces: l.pieces, bytes: l.bytes, ...(l.refAlign ? { refAlign: l.refAlign } : {}) });
  const configs: Record<string, ConfigReport> = {};
  for (const c of o.configs) {
    configs[c.config] = c.status !== 'ok'
      ? { status: c.status, message: c.message }
      : {
          status: 'ok',
          args: c.args.map((l, i) => value(paramName(fn, i), printType(fn.params[i]!.type), l)),
          ret: c.ret ? value('return', printType(fn.ret), c.ret) : null,
          layouts: c.layouts,
          callees: c.callees.map((k) => ({ callee: k.callee, badArgs: k.badArgs, retOk: k.retOk ?? null, ...(k.crashed ? { crashed: k.crashed } : {}) })),
        };
  }
  const model = {
    args: view.prediction.args.map((p, i) => modelValue(paramName(fn, i), printType(fn.params[i]!.type), p, movedBy?.[i])),
    ret: view.prediction.ret ? modelValue('return', printType(fn.ret), view.prediction.ret, movedBy?.[fn.params.length]) : null,
  };
  return { name: o.name, origin: o.origin, prototype: printFunction(fn).replace(/;\s*$/, ''), model, configs, dialects, ...(jit ? { jit } : {}) };
}

const paramName = (fn: FunctionDecl, i: number): string => fn.params[i]!.name ?? `#${i + 1}`;

