// `abifuzz explain FILE.h`: why each argument goes where the AAPCS64 model puts it (the
// rules that fired, the natural alignment, NGRN/NSRN/NSAA before and after), next to what
// each compiler did. With --as CONFIG the model speaks that config's dialect and names the
// switches that moved each value. What a kernel developer reads when a trampoline test fails.
import { checkFile } from '../campaign/check-file.js';
import { dialectsOf } from '../campaign/plan.js';
import type { FunctionReport, ModelValueReport, ValueReport } from '../campaign/report.js';
import { configsOf, parseConfigId, parseProfile, targetOf, type ToolchainCliOptions } from './options.js';

export interface ExplainOptions extends ToolchainCliOptions { modelOnly?: boolean; as?: string }

export async function explainCommand(file: string, o: ExplainOptions): Promise<number> {
  const profile = parseProfile(o.profile);
  const target = targetOf(o);
  const as = o.as === undefined ? undefined : parseConfigId(o.as, '--as', profile, target);
  const dialect = as && dialectsOf([as]).get(as.id)!;
  const configs = o.modelOnly ? [] : configsOf(o);
  const report = await checkFile(file, profile, configs, { as: dialect, target });
  const rules = target.ruleState;
  const head = dialect ? `model: ${as!.id}'s dialect: ${dialect.switches.map((s) => s.name).join(', ') || 'no switch, the text'}\n` : '';
  process.stdout.write(head + report.functions.map((f) => explainFunction(f, rules, as?.id)).join('\n'));
  return 0;
}

function explainFunction(f: FunctionReport, rules: readonly string[], as: string | undefined): string {
  const values = [...f.model.args, ...(f.model.ret ? [f.model.ret] : [])];
  const out = [`${f.prototype}    [${f.origin}]`];
  values.forEach((v, i) => out.push(...explainValue(v, rules, observed(f, i < f.model.args.length ? i : -1), as)));
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
function explainValue(v: ModelValueReport, rules: readonly string[], compilers: string[], as: string | undefined): string[] {
  const state = (name: string): string => {
    const [a, b] = v[name] as [number, number];
    return a === b ? `${name.toUpperCase()} ${a}` : `${name.toUpperCase()} ${a}->${b}`;
  };
  return [
    `  ${v.name} ${v.type}`,
    `    ${as ? `model as ${as}` : 'model'}: ${v.pieces.join(' ') || '-'}   natural alignment ${v.naturalAlign}   ${rules.map(state).join('  ')}`,
    ...(v.movedBy?.length ? [`      moved by: ${v.movedBy.join(', ')}`] : []),
    ...v.trace.map((t) => `      ${t}`),
    ...(compilers.length ? [`    compilers: ${compilers.join('; ')}`] : []),
  ];
}
