// `abifuzz check FILE.h`: the report of every prototype of a file, as JSON or for a human.
import { checkFile } from '../campaign/check-file.js';
import { jitRequestOf, type JitCliOptions } from './jit-options.js';
import { configsOf, parseProfile, targetOf, type ToolchainCliOptions } from './options.js';
import { formatReport } from './report.js';

export interface CheckOptions extends JitCliOptions, ToolchainCliOptions { json?: boolean }

export async function checkCommand(file: string, o: CheckOptions): Promise<number> {
  const profile = parseProfile(o.profile);
  const configs = configsOf(o);
  const target = targetOf(o);
  const report = await checkFile(file, profile, configs, { jit: jitRequestOf(o), target });
  process.stdout.write(o.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, target.convention));
  return report.findings.length > 0 ? 1 : 0;
}
