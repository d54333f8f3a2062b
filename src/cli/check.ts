// `abifuzz check FILE.h`: the oracle on every prototype of a file, then the compiler
// disagreements as findings.
import { readFile } from 'node:fs/promises';
import { functionsOf, type Header } from '../c/ir.js';
import { parseHeader } from '../c/parse.js';
import { findingsFor } from '../diff/findings.js';
import { modelView } from '../diff/compare-model.js';
import { runOracleAndJit } from '../jit/harness/run.js';
import { installedCompilers, makeConfigs, parseOpts, requireCompilers, type Profile } from '../oracle/toolchains.js';
import { buildReport, formatReport } from './report.js';
import { jitRequestOf, type JitCliOptions } from './jit-options.js';
import { UserError } from './user-error.js';

export interface CheckOptions extends JitCliOptions { compilers?: string; opt: string; profile: string; json?: boolean }

export async function readHeaderFile(file: string): Promise<Header> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code ?? String(e)}`);
  }
  return parseHeader(text, file);
}

export function parseProfile(p: string): Profile {
  if (p !== 'user' && p !== 'kernel') throw new UserError(`unknown profile '${p}': use user or kernel`);
  return p;
}

export function compilerIds(list: string | undefined): string[] {
  if (list !== undefined) {
    const ids = list.split(',').map((s) => s.trim()).filter(Boolean);
    requireCompilers(ids);
    return ids;
  }
  const found = installedCompilers();
  if (found.length === 0) throw new UserError('no aarch64 compiler installed: run `bash docker/install.sh` (see `abifuzz doctor`)');
  return found.map((spec) => spec.id);
}

export async function checkCommand(file: string, o: CheckOptions): Promise<number> {
  const profile = parseProfile(o.profile);
  const opts = parseOpts(o.opt);
  const header = await readHeaderFile(file);
  const fns = functionsOf(header);
  if (fns.length === 0) throw new UserError(`${file}: no function prototypes found`);
  const configs = makeConfigs(compilerIds(o.compilers), opts, profile);
  const inputs = fns.map((fn) => ({ origin: `${file}:${fn.name}`, header, fn }));
  const result = await runOracleAndJit(inputs, { configs, jit: jitRequestOf(o) });
  const models = inputs.map((input) => modelView(input, true));
  const ids = configs.map((c) => c.id);
  const findings = result.observations.flatMap((o, i) => findingsFor(o, inputs[i]!, ids, { view: models[i], jit: result.jit?.[i] }));
  const report = buildReport(file, profile, configs, fns, result.observations, findings, models, result.jit);
  process.stdout.write(o.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return findings.length > 0 ? 1 : 0;
}
