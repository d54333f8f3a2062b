// `abifuzz explain FILE.h`: why each argument goes where the AAPCS64 model puts it (the
// rules that fired, the natural alignment, NGRN/NSRN/NSAA before and after), next to what
// each compiler did. What a kernel developer reads when a trampoline test fails.
import { checkFile } from '../campaign/check-file.js';
import type { FunctionReport, ModelValueReport, ValueReport } from '../campaign/report.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import { configsOf, parseProfile, type ToolchainCliOptions } from './options.js';

export interface ExplainOptions extends ToolchainCliOptions { modelOnly?: boolean }

export async function explainCommand(file: string, o: ExplainOptions): Promise<number> {
  const profile = parseProfile(o.profile);
  const configs = o.modelOnly ? [] : configsOf(o);
  const report = await checkFile(file, profile, configs);
  const rules = (configs[0]?.target ?? DEFAULT_TARGET).ruleState;
  process.stdout.write(report.functions.map((f) => explainFunction(f, rules)).join('\n'));
  return 0;
}

function explainFunction(f: FunctionReport, rules: readonly string[]): string {
  const values = [...f.model.args, ...(f.model.ret ? [f.model.ret] : [])];
  const out = [`${f.prototype}    [${f.origin}]`];
  values.forEach((v, i) => out.push(...explainValue(v, rules, observed(f, i < f.model.args.length ? i : -1))));
  return out.join('\n') + '\n';
}

/** What each config did with value i (-1: the return value), grouped by location. */
function observed(f: FunctionReport, i: number): string[] {
  const groups = new Map<string, string[]>();
  for (const [id, c] of Object.entries(f.configs)) {
    const key = c.status !== 'ok' ? c.status : ((i < 0 ? c.ret : c.args[i]) as ValueReport | null)?.pieces.join(' ') || '-';
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  return [...groups].map(([loc, ids]) => `${loc} (${ids.join(' ')})`);
}

/** `rules`: the names of the convention's state, printed in capitals (NGRN 0->2). */
function explainValue(v: ModelValueReport, rules: readonly string[], compilers: string[]): string[] {
  const state = (name: string): string => {
    const [a, b] = v[name] as [number, number];
    return a === b ? `${name.toUpperCase()} ${a}` : `${name.toUpperCase()} ${a}->${b}`;
  };
  return [
    `  ${v.name} ${v.type}`,
    `    model: ${v.pieces.join(' ') || '-'}   natural alignment ${v.naturalAlign}   ${rules.map(state).join('  ')}`,
    ...v.trace.map((t) => `      ${t}`),
    ...(compilers.length ? [`    compilers: ${compilers.join('; ')}`] : []),
  ];
}
