// The check report: one JSON-serializable structure (schema in docs/check-json.md) and its
// human rendering. Pure.
import type { FunctionDecl } from '../c/ir.js';
import { printFunction, printType } from '../c/print.js';
import type { SignedFinding as Finding } from '../diff/signature.js';
import type { Located } from '../data/location.js';
import type { PrototypeObservation } from '../data/observation.js';
import type { ValueLayout } from '../data/layout.js';
import type { Config, Profile } from '../oracle/toolchains.js';
import type { ModelView } from '../diff/compare-model.js';
import type { Prediction } from '../model/classify.js';
import type { JitOutcome } from '../data/jit-outcome.js';

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
  ngrn: [number, number];
  nsrn: [number, number];
  nsaa: [number, number];
}

export interface FunctionReport {
  name: string;
  origin: string;
  prototype: string;
  /** The AAPCS64 model's prediction, with the rules that fired. */
  model: { args: ModelValueReport[]; ret: ModelValueReport | null };
  configs: Record<string, ConfigReport>;
  /** With --jit: every (config, variant, mode) outcome. */
  jit?: JitOutcome[];
}

export interface CheckReport {
  schema: typeof CHECK_SCHEMA;
  file: string;
  profile: Profile;
  configs: { id: string; compiler: string; opt: string }[];
  functions: FunctionReport[];
  findings: Finding[];
}

export function buildReport(file: string, profile: Profile, configs: Config[], fns: FunctionDecl[], observations: PrototypeObservation[], findings: Finding[], models: ModelView[], jit?: JitOutcome[][]): CheckReport {
  return {
    schema: CHECK_SCHEMA,
    file,
    profile,
    configs: configs.map((c) => ({ id: c.id, compiler: c.compiler.id, opt: c.opt })),
    functions: observations.map((o, i) => functionReport(fns[i]!, o, models[i]!, jit?.[i])),
    findings,
  };
}

function modelValue(name: string, type: string, p: Prediction): ModelValueReport {
  return { name, type, pieces: p.pieces, bytes: p.bytes, trace: p.trace, naturalAlign: p.naturalAlign, ngrn: p.ngrn, nsrn: p.nsrn, nsaa: p.nsaa };
}

function functionReport(fn: FunctionDecl, o: PrototypeObservation, view: ModelView, jit: JitOutcome[] | undefined): FunctionReport {
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
    args: view.prediction.args.map((p, i) => modelValue(paramName(fn, i), printType(fn.params[i]!.type), p)),
    ret: view.prediction.ret ? modelValue('return', printType(fn.ret), view.prediction.ret) : null,
  };
  return { name: o.name, origin: o.origin, prototype: printFunction(fn).replace(/;\s*$/, ''), model, configs, ...(jit ? { jit } : {}) };
}

const paramName = (fn: FunctionDecl, i: number): string => fn.params[i]!.name ?? `#${i + 1}`;

export function formatReport(r: CheckReport): string {
  const out: string[] = [];
  for (const f of r.functions) {
    out.push(`${f.prototype}    [${f.origin}]`);
    out.push(...statusLines(f));
    out.push(...locationTable(f));
    out.push(...jitLines(f.jit ?? []));
    const mine = r.findings.filter((x) => x.origin === f.origin);
    for (const x of mine) out.push(...findingLines(x));
    out.push('');
  }
  const n = r.findings.length;
  out.push(`${r.functions.length} function(s), ${r.configs.length} config(s) [${r.configs.map((c) => c.id).join(' ')}], ${n} finding(s)`);
  return out.join('\n') + '\n';
}

function findingLines(x: Finding): string[] {
  const head = `  finding ${x.kind}: ${x.detail}`;
  if (x.groups) return [head, ...x.groups.map((g) => `      ${g.value.padEnd(30)} ${g.configs.join(' ')}`)];
  if (x.pairs) return [head, ...x.pairs.map(([a, b]) => `      caller ${a} -> callee ${b}`)];
  return [`${head} (${x.configs.join(', ')})`];
}

function statusLines(f: FunctionReport): string[] {
  const byMessage = new Map<string, string[]>();
  for (const [id, c] of Object.entries(f.configs)) {
    if (c.status === 'ok') continue;
    const key = `${c.status}: ${c.message}`;
    byMessage.set(key, [...(byMessage.get(key) ?? []), id]);
  }
  return [...byMessage].map(([msg, ids]) => `  ${ids.join(' ')}: ${msg}`);
}

/** One row per value and distinct location; the last column says which configs agree. */
function locationTable(f: FunctionReport): string[] {
  const ok = Object.entries(f.configs).filter((e): e is [string, Extract<ConfigReport, { status: 'ok' }>] => e[1].status === 'ok');
  if (ok.length === 0) return [];
  const rows: [string, string, string, string][] = [['', 'type', 'location', 'configs (and the AAPCS64 model)']];
  const values = [...ok[0]![1].args.map((_, i) => i), -1];
  for (const i of values) {
    const pick = (c: Extract<ConfigReport, { status: 'ok' }>): ValueReport | null => (i < 0 ? c.ret : c.args[i]!);
    const first = pick(ok[0]![1]);
    if (!first) continue;
    const groups = new Map<string, string[]>();
    const modelValue = i < 0 ? f.model.ret : f.model.args[i]!;
    const answers: [string, ValueReport][] = [...(modelValue ? [['model', modelValue] as [string, ValueReport]] : []), ...ok.map(([id, c]): [string, ValueReport] => [id, pick(c)!])];
    for (const [id, v] of answers) {
      // A value whose every byte is normalized padding (_BitInt(3)) has no observable place.
      const key = v.pieces.join(' ') || '(not observable)';
      groups.set(key, [...(groups.get(key) ?? []), id]);
    }
    [...groups].forEach(([loc, ids], k) => rows.push([k === 0 ? first.name : '', k === 0 ? first.type : '', loc, groups.size === 1 ? 'all, model' : ids.join(' ')]));
  }
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => `  ${row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  ')}`.trimEnd());
}

/** Per variant, one line per distinct verdict, naming the modes and configs that gave it. */
function jitLines(outcomes: JitOutcome[]): string[] {
  const byVariant = new Map<string, Map<string, { modes: Set<string>; configs: Set<string> }>>();
  for (const o of outcomes) {
    const verdict = o.status === 'ran' ? (o.problems.length === 0 ? 'ok' : o.problems.map((p) => p.detail).join('; ')) : `${o.status}: ${o.reason}`;
    const verdicts = byVariant.get(o.variant) ?? new Map<string, { modes: Set<string>; configs: Set<string> }>();
    byVariant.set(o.variant, verdicts);
    const v = verdicts.get(verdict) ?? { modes: new Set<string>(), configs: new Set<string>() };
    verdicts.set(verdict, v);
    v.modes.add(o.mode);
    v.configs.add(o.config);
  }
  const width = Math.max(0, ...[...byVariant.keys()].map((k) => k.length));
  return [...byVariant].flatMap(([variant, verdicts]) =>
    [...verdicts].map(([verdict, v], k) => `  jit ${(k === 0 ? variant : '').padEnd(width)}  [${[...v.modes].join(',')}] ${verdict}${verdicts.size > 1 || v.configs.size < 2 ? `  (${[...v.configs].join(' ')})` : ''}`));
}
