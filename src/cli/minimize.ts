// `abifuzz minimize FILE.h|FINDING.json`: shrinks a prototype while it keeps showing one
// finding, as `fuzz` does with each new finding before writing it, and prints the result
// as `fuzz` writes a finding: a comment header (kind, signature, configs, expected kinds)
// above the prototype, replayable as it is.
import type { Target } from '../targets/target.js';
import { minimizeFile, minimizeTarget } from '../campaign/minimize-file.js';
import { writeReport } from '../campaign/store.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { MinimizedFinding } from '../shrink/minimize-finding.js';
import { extentOf } from '../shrink/size.js';
import { makeConfigs, parseOpts, type Config } from '../toolchains/config.js';
import { compilerIds, parseProfile, targetOf, type ToolchainCliOptions } from './options.js';

export interface MinimizeCliOptions extends ToolchainCliOptions {
  signature?: string;
  out?: string;
}

export async function minimizeCommand(file: string, o: MinimizeCliOptions): Promise<number> {
  const target = await minimizeTarget(file);
  // A file of the user's own names no target: --target says which.
  const configs = configsFor(o, target.recorded.configs, target.recorded.target ?? targetOf(o));
  const { text, input, m } = await minimizeFile(file, target, configs, o.signature ?? target.recorded.signatures[0], (finding, from, reps) => {
    process.stderr.write(`abifuzz minimize: ${finding.signature} (${from.origin}), searching with ${reps.join(' ')}\n`);
  });
  if (o.out) await writeReport(o.out, text);
  else process.stdout.write(text);
  process.stderr.write(summary(input, m) + (o.out ? `; written to ${o.out}\n` : '\n'));
  return 0;
}

/** --compilers and --opt, or else the configs the finding was found with. */
function configsFor(o: MinimizeCliOptions, recorded: string[] | undefined, arch: Target): Config[] {
  const profile = parseProfile(o.profile);
  if (o.compilers !== undefined || recorded === undefined) return makeConfigs(compilerIds(o.compilers, arch), parseOpts(o.opt), profile, arch);
  const part = (k: 0 | 1): string => [...new Set(recorded.map((id) => id.split('/')[k]))].join(',');
  return makeConfigs(compilerIds(part(0), arch), parseOpts(part(1)), profile, arch);
}

function summary(input: PrototypeInput, m: MinimizedFinding): string {
  const [before, after] = [extentOf(input), extentOf(m.input)];
  const extent = (e: { params: number; members: number }): string => `${e.params} parameters, ${e.members} members`;
  // minimizeFinding falls back to the original when the result does not show the finding with every config.
  const kept = m.input === input && m.rounds > 0 ? '; no smaller prototype showed it with every config' : '';
  return `abifuzz minimize: ${m.rounds} rounds in ${m.seconds.toFixed(1)} s: ${extent(before)} -> ${extent(after)} (size ${m.size.before} -> ${m.size.after})${kept}`;
}
