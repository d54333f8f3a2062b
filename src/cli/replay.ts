// `abifuzz replay [DIR]`: the corpus as a regression gate.
import { replay, type ReplayResult } from '../campaign/replay.js';
import { makeConfigs, parseOpts } from '../toolchains/config.js';
import { compilerIds, parseProfile } from './options.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import { UserError } from '../user-error.js';

/** `profile`: given, every entry runs with it; by default each with the one it records (else user). */
export async function replayCommand(dir: string, o: { compilers?: string; opt: string; profile?: string; json?: boolean; target?: string }): Promise<number> {
  if (o.target !== undefined) throw new UserError(`replay runs each entry on the target its 'Target:' line names (${DEFAULT_TARGET.name} when it names none): leave out --target`);
  const profile = o.profile === undefined ? undefined : parseProfile(o.profile);
  const configs = makeConfigs(compilerIds(o.compilers), parseOpts(o.opt), profile ?? 'user');
  const results = await replay(dir, configs, profile);
  const changed = results.filter((r) => r.changed);
  if (o.json) process.stdout.write(JSON.stringify({ schema: 'abifuzz-replay/1', configs: configs.map((c) => c.id), results }, null, 2) + '\n');
  else {
    for (const r of results) process.stdout.write(`${r.changed ? 'CHANGED' : 'ok     '} ${r.file}${r.changed ? `: ${changes(r).join('; ')}` : ''}${causes(r)}\n`);
    const known = results.filter((r) => r.rootCauses.length > 0 && r.unexplained.length === 0).length;
    const open = results.filter((r) => r.unexplained.length > 0).length;
    process.stdout.write(`${results.length - changed.length} unchanged, ${changed.length} changed; ${known} explained by known compiler deviations, ${open} with findings no dialect explains\n`);
  }
  return changed.length > 0 ? 1 : 0;
}

const causes = (r: { rootCauses: string[]; unexplained: string[] }): string =>
  [...(r.rootCauses.length ? [`known: ${r.rootCauses.join('; ')}`] : []), ...(r.unexplained.length ? [`unexplained: ${r.unexplained.join(', ')}`] : [])].map((x) => `  [${x}]`).join('');

/** What moved: the kinds the entry shows, and each variant whose verdicts are not the recorded ones. */
function changes(r: ReplayResult): string[] {
  const words = (w: string[]): string => w.join(', ') || 'none';
  const kinds = r.actual.join() === r.expected.join() ? [] : [`recorded ${words(r.expected)}, now ${words(r.actual)}`];
  return [...kinds, ...r.jit.filter((j) => j.actual.join() !== j.expected.join()).map((j) => `${j.variant}: recorded ${words(j.expected)}, now ${words(j.actual)}`)];
}
