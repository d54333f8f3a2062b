// `abifuzz explain FILE.h`: why each argument goes where the AAPCS64 model puts it (the
// rules that fired, the natural alignment, NGRN/NSRN/NSAA before and after), next to what
// each compiler did. What a kernel developer reads when a trampoline test fails.
import { functionsOf } from '../c/ir.js';
import { modelView } from '../diff/compare-model.js';
import { findingsFor } from '../diff/findings.js';
import { runOracle } from '../oracle/oracle.js';
import { makeConfigs, parseOpts } from '../oracle/toolchains.js';
import { compilerIds, parseProfile, readHeaderFile } from './check.js';
import { buildReport, type FunctionReport, type ModelValueReport, type ValueReport } from './report.js';
import { UserError } from './user-error.js';

export interface ExplainOptions { compilers?: string; opt: string; profile: string; modelOnly?: boolean }

export async function explainCommand(file: string, o: ExplainOptions): Promise<number> {
  const profile = parseProfile(o.profile);
  const header = await readHeaderFile(file);
  const fns = functionsOf(header);
  if (fns.length === 0) throw new UserError(`${file}: no function prototypes found`);
  const inputs = fns.map((fn) => ({ origin: `${file}:${fn.name}`, header, fn }));
  const models = inputs.map((i) => modelView(i, true));
  const configs = o.modelOnly ? [] : makeConfigs(compilerIds(o.compilers), parseOpts(o.opt), profile);
  const observations = configs.length ? (await runOracle(inputs, { configs })).observations : inputs.map((i, index) => ({ index, origin: i.origin, name: i.fn.name, configs: [] }));
  const ids = configs.map((c) => c.id);
  const findings = observations.flatMap((obs, i) => findingsFor(obs, inputs[i]!, ids, { view: models[i] }));
  const report = buildReport(file, profile, configs, fns, observations, findings, models);
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
