// The check report rendered for a human: per function, the configs that could not run it,
// a table of locations with the configs that agree, whether each config's dialect predicts
// it, the trampoline verdicts and findings (with the root cause that explains them, if any).
import type { JitOutcome } from '../data/jit-outcome.js';
import type { CheckReport, ConfigReport, FunctionReport, ValueReport } from '../campaign/report.js';

/** `convention`: the calling convention the model follows, for the table's header. */
export function formatReport(r: CheckReport, convention: string): string {
  const out: string[] = [];
  for (const f of r.functions) {
    out.push(`${f.prototype}    [${f.origin}]`);
    out.push(...statusLines(f));
    out.push(...locationTable(f, convention));
    out.push(...dialectLines(f));
    out.push(...jitLines(f.jit ?? []));
    const mine = r.findings.filter((x) => x.origin === f.origin);
    for (const x of mine) out.push(...findingLines(x));
    out.push('');
  }
  const n = r.findings.length;
  out.push(`${r.functions.length} function(s), ${r.configs.length} config(s) [${r.configs.map((c) => c.id).join(' ')}], ${n} finding(s)`);
  return out.join('\n') + '\n';
}

function findingLines(x: CheckReport['findings'][number]): string[] {
  const head = `  finding ${x.kind}: ${x.detail}${x.rootCause ? `  [known: ${x.rootCause.join(' + ')}]` : ''}`;
  if (x.groups) return [head, ...x.groups.map((g) => `      ${g.value.padEnd(30)} ${g.configs.join(' ')}`)];
  if (x.pairs) return [head, ...x.pairs.map(([a, b]) => `      caller ${a} -> callee ${b}`)];
  return [`${head} (${x.configs.join(', ')})`];
}

/** Which configs their dialect predicts, and for the others the first thing it missed. */
function dialectLines(f: FunctionReport): string[] {
  const entries = Object.entries(f.dialects);
  if (entries.length === 0) return [];
  const predicted = entries.filter(([, d]) => d.predicted).map(([id]) => id);
  const missed = entries.filter(([, d]) => !d.predicted);
  const fellBack = entries.filter(([, d]) => d.selectorFellBack).map(([id]) => id);
  return [
    ...(fellBack.length ? [`  caller compiled by the fallback instruction selector (judged as -O2): ${fellBack.join(' ')}`] : []),
    ...(predicted.length ? [`  dialect predicts: ${predicted.length === entries.length ? 'every config' : predicted.join(' ')}`] : []),
    ...missed.map(([id, d]) => {
      const m = d.misses[0]!;
      return `  dialect misses ${id}: ${m.arg === undefined ? 'return value' : `parameter ${m.arg + 1}`} ${m.what}: predicted ${m.predicted}, did ${m.observed}${d.misses.length > 1 ? ` (+${d.misses.length - 1} more)` : ''}`;
    }),
  ];
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
function locationTable(f: FunctionReport, convention: string): string[] {
  const ok = Object.entries(f.configs).filter((e): e is [string, Extract<ConfigReport, { status: 'ok' }>] => e[1].status === 'ok');
  if (ok.length === 0) return [];
  const rows: [string, string, string, string][] = [['', 'type', 'location', `configs (and the ${convention} model)`]];
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
