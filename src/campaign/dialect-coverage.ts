// Coverage per config: the rules each config's dialect applied to a prototype, and the
// dialect switches that moved something in it. Pure.
import type { PrototypeInput } from '../data/prototype.js';
import { switchesHit } from '../model/moved-by.js';
import { modelView, type ModelView } from '../model/view.js';
import type { Dialect, RuleVocabulary, Target } from '../targets/target.js';
import type { Coverage } from './coverage.js';

/**
 * Per config, the rules its dialect's model applied and the switches that moved something:
 * one traced view per distinct dialect, and the switches tried only where that view is not
 * the text's.
 */
export function coverDialects(coverage: Coverage, input: PrototypeInput, target: Target, dialects: ReadonlyMap<string, Dialect>, text: ModelView): void {
  const seen = new Map<Dialect['switches'], { view: ModelView; hit: string[] }>();
  for (const [config, d] of dialects) {
    let done = seen.get(d.switches);
    if (!done) {
      const view = d.switches.length === 0 ? text : modelView(input, target, true, d);
      seen.set(d.switches, (done = { view, hit: switchesHit(input, target, d, view, text) }));
    }
    coverage.add(input, done.view.prediction, vocabularyOf(target, d), config, done.hit);
  }
}

/** The target's rules and the dialect's switches: what a config's coverage names. */
const vocabularies = new WeakMap<Dialect['switches'], RuleVocabulary>();
function vocabularyOf(target: Target, d: Dialect): RuleVocabulary {
  let v = vocabularies.get(d.switches);
  if (!v) vocabularies.set(d.switches, (v = { ids: [...target.rules.ids, ...d.switches.map((s) => s.name)], of: target.rules.of }));
  return v;
}
