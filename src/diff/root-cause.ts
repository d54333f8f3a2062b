// Which known compiler deviations explain a finding. A finding is explained when every
// config it involves did exactly what its dialect predicts for the value the finding is
// about (its layout, its bytes, its copy; every value for a caller-callee finding): then
// the disagreement (or the departure from the text) is one the switches already describe.
// A miss elsewhere in the prototype is a finding of its own, judged on its own value.
// Its root cause is the set of switches that moved the value it is about: those whose
// removal from an involved config's dialect makes that value mispredicted (or, when two
// switches each suffice, those of the pairs whose joint removal does). What no dialect
// explains (a new deviation, a model bug) has no root cause and is the campaign's to
// minimize and write. Pure.
import type { ConfigFacts, PrototypeObservation } from '../data/observation.js';
import type { PrototypeInput } from '../data/prototype.js';
import { dialectFacing, switchesBehind } from '../model/dialect.js';
import { modelView } from '../model/view.js';
import type { Dialect, Target } from '../targets/target.js';
import type { Finding, FindingKind } from './compare-configs.js';
import { configMisses, type DialectMiss } from './dialect-check.js';

/** Switch names, sorted: what a campaign counts explained findings under. */
export type RootCause = readonly string[];

/** The kinds a dialect speaks to: layouts, locations, copies. Crashes and trampolines are not a compiler's dialect. */
const EXPLAINABLE: ReadonlySet<FindingKind> = new Set(['layout', 'arg-location', 'ret-location', 'caller-callee', 'ref-underaligned', 'model-mismatch']);

export const rootCauseName = (cause: RootCause): string => cause.join(' + ');

/**
 * The root causer of one observed prototype: `dialects` maps a config to its dialect (a
 * config it does not name explains nothing). Each config's check and each ablation is
 * computed at most once per prototype.
 */
export function rootCauser(obs: PrototypeObservation, input: PrototypeInput, target: Target, dialects: ReadonlyMap<string, Dialect>): (f: Finding) => RootCause | undefined {
  const facts = new Map<string, ConfigFacts>();
  for (const c of obs.configs) if (c.status === 'ok') facts.set(c.config, c);
  const dialectOf = (config: string): Dialect => dialectFacing(dialects.get(config)!, facts.get(config)!);
  const memo = new Map<string, DialectMiss[]>();
  const missesWith = (config: string, d: Dialect): DialectMiss[] => {
    const key = `${config}\n${d.name}`;
    let m = memo.get(key);
    if (!m) memo.set(key, (m = configMisses(facts.get(config)!, modelView(input, target, false, d))));
    return m;
  };
  const predicted = (config: string, about: (m: DialectMiss) => boolean): boolean =>
    facts.has(config) && dialects.has(config) && !missesWith(config, dialectOf(config)).some(about);
  return (f) => {
    if (!EXPLAINABLE.has(f.kind) || f.configs.length === 0) return undefined;
    // A caller and a callee that disagree may do so over any value (a crashed call names none).
    const about = f.kind === 'caller-callee' ? (): boolean => true : (m: DialectMiss): boolean => m.arg === f.arg;
    if (!f.configs.every((config) => predicted(config, about))) return undefined;
    const cause = new Set<string>();
    for (const config of f.configs) {
      for (const s of switchesBehind(dialectOf(config), (ablated) => missesWith(config, ablated).some(about))) cause.add(s);
    }
    // Every side as its dialect says, yet no switch moved the value: the dialects do not tell the sides apart.
    return cause.size === 0 ? undefined : [...cause].sort();
  };
}
