// `abifuzz explain FILE.h`: why each argument goes where the AAPCS64 model puts it (the
// rules that fired, the natural alignment, NGRN/NSRN/NSAA before and after), next to what
// each compiler did. What a kernel developer reads when a trampoline test fails.
import { checkFile } from '../campaign/check-file.js';
import type { FunctionReport, ModelValueReport, ValueReport } from '../campaign/report.js';
import { configsOf, parseProfile, type ToolchainCliOptions } from './options.js';

export interface ExplainOptions extends ToolchainCliOptions { modelOnly?: boolean }

export async function explainCommand(file: string, o: ExplainOptions): Promise<number> {
  const profile = parseProfile(o.profile);
  const report = await checkFile(file, profile, o.modelOnly ? [] : configsOf(o));
  process.stdout.write(report.functions.map(explainFunction).join('\n'));
  return 0;
}

function explainFunction(f: FunctionReport): string {
  const values = [...f.model.args, ...(f.model.ret ? [f.model.ret] : [])];
  const out = [`${f.prototype}    [${f.origin}]`];
  values.forEach((v, i) => out.push(...explainValue(v, observed(f, i < f.model.args.length ? i : -1))));
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

function explainValue(v: ModelValueReport, compilers: string[]): string[] {
  const regs = (name: string, [a, b]: [number, number]): string => (a === b ? `${name} ${a}` : `${name} ${a}->${b}`);
  return [
    `  ${v.name} ${v.type}`,
    `    model: ${v.pieces.join(' ') || '-'}   natural alignment ${v.naturalAlign}   ${regs('NGRN', v.ngrn)}  ${regs('NSRN', v.nsrn)}  ${regs('NSAA', v.nsaa)}`,
    ...v.trace.map((t) => `      ${t}`),
    ...(compilers.length ? [`    compilers: ${compilers.join('; ')}`] : []),
  ];
}
