// `abifuzz dialects [--as CONFIG]`: every known compiler deviation, as the switch the model
// knows it by: which configs it describes, its rule, its reason and its minimal example.
import { dialectsOf } from '../campaign/plan.js';
import type { Switch } from '../targets/target.js';
import { knownCompilers, makeConfigs, type Config } from '../toolchains/config.js';
import { parseConfigId, targetOf } from './options.js';

export interface DialectsOptions { as?: string; json?: boolean; target?: string }

export function dialectsCommand(o: DialectsOptions): number {
  const target = targetOf(o);
  const all = makeConfigs(knownCompilers(target).map((c) => c.id), ['O0', 'O2'], 'user', target);
  const as = o.as === undefined ? undefined : parseConfigId(o.as, '--as', 'user', target);
  const switches = as ? dialectsOf([as]).get(as.id)!.switches : target.switches;
  const rows = switches.map((s) => ({ name: s.name, configs: describedBy(s, all), rule: s.rule, reason: s.reason, example: s.example }));
  if (o.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else process.stdout.write(rows.map((r) => [`${r.name}  (${r.configs})`, `  rule:   ${r.rule}`, `  reason: ${r.reason}`, '  example:', ...r.example.split('\n').map((l) => `    ${l}`)].join('\n')).join('\n\n') + '\n');
  return 0;
}

/** The configs a switch describes, a compiler named alone when both its opt levels are. */
function describedBy(s: Switch, all: Config[]): string {
  const hit = all.filter((c) => s.appliesTo({ family: c.compiler.family, version: c.compiler.version, opt: c.opt }));
  const names = hit.map((c) => (hit.filter((x) => x.compiler.id === c.compiler.id).length === 2 ? c.compiler.id : c.id));
  return [...new Set(names)].join(' ');
}
