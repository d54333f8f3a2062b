// Compiler-vs-compiler findings: every place where the configs that accepted a prototype
// disagree about a layout, an argument's or the return value's location, or where a
// callee built by one config did not receive what a caller built by another sent. Pure.
import type { ConfigObservation, PrototypeObservation } from '../data/observation.js';
import type { ValueLayout } from '../data/layout.js';

/** Every kind of finding, as reports and corpus files (`Expect-kinds:`) name them. */
export const FINDING_KINDS = [
  'layout', 'arg-location', 'ret-location', 'caller-callee', 'ref-underaligned', 'model-mismatch', 'compiler-crash', 'runtime-crash',
  'jit-ctx', 'jit-forward', 'jit-ret', 'jit-regs', 'jit-crash', 'jit-kfunc', 'jit-kfunc-crash', 'jit-btf-hole', 'btf-overcautious',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Group {
  configs: string[];
  value: string;
}

export interface Finding {
  kind: FindingKind;
  function: string;
  origin: string;
  /** Every config involved, in configuration order. */
  configs: string[];
  /** Parameter index for per-argument findings (layout of a parameter's type included). */
  arg?: number;
  /** For disagreements: the distinct answers and who gave each. */
  groups?: Group[];
  /** For caller-callee: the ordered [caller, callee] pairs that disagree. */
  pairs?: [string, string][];
  /** For jit findings: the trampoline variant at fault. */
  variant?: string;
  detail: string;
}

type Ok = Extract<ConfigObservation, { status: 'ok' }>;

export function compareConfigs(obs: PrototypeObservation): Finding[] {
  const base = { function: obs.name, origin: obs.origin };
  const findings: Finding[] = [];
  // One crash finding per distinct message, naming every config that crashed so.
  const crashes = new Map<string, Finding>();
  for (const c of obs.configs) {
    if (c.status !== 'compiler-crash' && c.status !== 'runtime-crash') continue;
    const key = `${c.status}:${c.message}`;
    const known = crashes.get(key);
    if (known) known.configs.push(c.config);
    else crashes.set(key, { ...base, kind: c.status, configs: [c.config], detail: c.message });
  }
  findings.push(...crashes.values());
  const ok = obs.configs.filter((c): c is Ok => c.status === 'ok');
  if (ok.length === 0) return findings;
  const nparams = ok[0]!.args.length;
  const valueName = (i: number): string => (i < nparams ? `parameter ${i + 1}` : 'return type');
  ok[0]!.layouts.forEach((first, i) => {
    if (ok.every((c) => sameLayout(c.layouts[i]!, first))) return;
    const groups = groupBy(ok, (c) => describeLayout(c.layouts[i]!));
    if (groups.length > 1) findings.push({ ...base, kind: 'layout', configs: configsOf(groups), arg: i < nparams ? i : undefined, groups, detail: `layout of the ${valueName(i)} differs` });
  });
  for (let i = 0; i < nparams; i++) {
    if (ok.every((c) => sameBytes(c.args[i]!.bytes, ok[0]!.args[i]!.bytes))) continue;
    const groups = groupBy(ok, (c) => c.args[i]!.bytes.join(' '), (c) => c.args[i]!.pieces.join(' '));
    if (groups.length > 1) findings.push({ ...base, kind: 'arg-location', configs: configsOf(groups), arg: i, groups, detail: `parameter ${i + 1} is passed in different places` });
  }
  if (ok[0]!.ret && !ok.every((c) => sameBytes(c.ret!.bytes, ok[0]!.ret!.bytes))) {
    const groups = groupBy(ok, (c) => c.ret!.bytes.join(' '), (c) => c.ret!.pieces.join(' '));
    if (groups.length > 1) findings.push({ ...base, kind: 'ret-location', configs: configsOf(groups), groups, detail: 'the return value is passed back in different places' });
  }
  findings.push(...callerCalleeFindings(base, ok));
  findings.push(...underalignedCopies(base, ok));
  return findings;
}

/**
 * A by-reference copy seen at an address less aligned than its type: one such address
 * proves the caller does not align the copy (a callee may rely on the type's alignment).
 */
function underalignedCopies(base: { function: string; origin: string }, ok: Ok[]): Finding[] {
  const out: Finding[] = [];
  ok[0]!.args.forEach((_, i) => {
    const bad = ok.filter((c) => c.args[i]!.refAlign !== undefined && c.args[i]!.refAlign! < c.layouts[i]!.align);
    if (bad.length === 0) return;
    const groups = bad.map((c) => ({ configs: [c.config], value: `copy ${c.args[i]!.refAlign}-aligned, type ${c.layouts[i]!.align}-aligned` }));
    out.push({ ...base, kind: 'ref-underaligned', configs: bad.map((c) => c.config), arg: i, groups, detail: `the by-reference copy of parameter ${i + 1} is under-aligned` });
  });
  return out;
}

/** One finding per set of values that go wrong, listing every (caller, callee) pair. */
function callerCalleeFindings(base: { function: string; origin: string }, ok: Ok[]): Finding[] {
  const byWhat = new Map<string, { arg?: number; pairs: [string, string][] }>();
  for (const caller of ok) {
    for (const check of caller.callees) {
      const wrong = check.crashed
        ? [`the call itself (${check.crashed})`]
        : [...check.badArgs.map((i) => `parameter ${i + 1}`), ...(check.retOk === false ? ['return value'] : [])];
      if (wrong.length === 0) continue;
      const key = wrong.join(', ');
      const entry = byWhat.get(key) ?? { arg: check.badArgs[0], pairs: [] };
      entry.pairs.push([caller.config, check.callee]);
      byWhat.set(key, entry);
    }
  }
  const order = ok.map((c) => c.config);
  return [...byWhat].map(([what, { arg, pairs }]) => ({
    ...base,
    kind: 'caller-callee' as const,
    configs: order.filter((id) => pairs.some(([a, b]) => a === id || b === id)),
    arg,
    pairs,
    detail: `callers and callees built by different configs disagree on ${what} (${pairs.length} caller->callee pair${pairs.length > 1 ? 's' : ''})`,
  }));
}

/**
 * Whether two layouts describe alike, without building the descriptions: almost every
 * value of almost every prototype agrees, and the strings were a tenth of the fuzz loop's
 * own time.
 */
export function sameLayout(a: Pick<ValueLayout, 'size' | 'align' | 'members'>, b: Pick<ValueLayout, 'size' | 'align' | 'members'>): boolean {
  if (a.size !== b.size || a.align !== b.align || a.members.length !== b.members.length) return false;
  return a.members.every((m, i) => {
    const n = b.members[i]!;
    if (m.path !== n.path || (m.bitWidth === undefined) !== (n.bitWidth === undefined)) return false;
    return m.bitWidth !== undefined ? m.bitOffset === n.bitOffset && m.bitWidth === n.bitWidth : m.offset === n.offset && m.size === n.size && m.align === n.align;
  });
}

/** Whether two byte-by-byte locations read alike (as their `join(' ')` would). */
export function sameBytes(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  return a.length === b.length && a.every((x, i) => (x ?? '') === (b[i] ?? ''));
}

export function describeLayout(l: Pick<ValueLayout, 'size' | 'align' | 'members'>): string {
  const members = l.members.map((m) => (m.bitWidth !== undefined ? `${m.path}@bit${m.bitOffset}:${m.bitWidth}` : `${m.path}@${m.offset}/${m.size}/${m.align}`));
  return [`size ${l.size} align ${l.align}`, ...members].join(' ');
}

/** One answer to a question (where is parameter 3?): who gave it, its exact key, what a human reads. */
export interface Answer { id: string; key: string; label: string }

/**
 * Groups answers by key, in first-seen order. Two groups may read the same (same
 * registers, different bytes): then each names the first byte where it differs from its twin.
 */
export function groupAnswers(answers: Answer[]): Group[] {
  const groups = new Map<string, Group>();
  for (const a of answers) {
    const g = groups.get(a.key);
    if (g) g.configs.push(a.id);
    else groups.set(a.key, { configs: [a.id], value: a.label });
  }
  const list = [...groups.entries()];
  return list.map(([k, g]) => {
    const twin = list.find(([k2, g2]) => k2 !== k && g2.value === g.value);
    if (!twin) return g;
    const mine = k.split(' ');
    const other = twin[0].split(' ');
    const at = Array.from({ length: Math.max(mine.length, other.length) }, (_, i) => i).find((i) => mine[i] !== other[i])!;
    return { ...g, value: `${g.value} (byte ${at}: ${mine[at] === undefined ? 'none' : mine[at] || 'padding'})` };
  });
}

function groupBy(configs: Ok[], key: (c: Ok) => string, label: (c: Ok) => string = key): Group[] {
  return groupAnswers(configs.map((c) => ({ id: c.config, key: key(c), label: label(c) })));
}

function configsOf(groups: Group[]): string[] {
  return groups.flatMap((g) => g.configs);
}
