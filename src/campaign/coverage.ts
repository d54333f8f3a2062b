// What a campaign's prototypes exercised: which rules of the calling convention fired
// (read from the model's traced prediction), which type features the values had
// (diff/features.ts), and which rule fired for a value with which feature. Every count is
// of prototypes: one that hits a rule twice counts once. Pure.
//
// Rules are counted per rule set: `model` is the convention's text as the model applies
// it; a config's dialect (the switches that describe a compiler's deviations) is another
// rule set with rules of its own, counted beside it under its own name.
import { scopeOf } from '../c/scope.js';
import type { Type } from '../c/ir.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { FunctionPrediction } from '../data/prediction.js';
import { featuresOf } from '../diff/features.js';
import type { RuleVocabulary } from '../targets/target.js';
import { KNOWN_PAIRS } from './coverage-known.js';

/** The feature of a value whose type has none (a plain integer, say). */
export const PLAIN = 'plain';
/** The rule set of the model: the convention's text. */
export const MODEL_RULES = 'model';

export const pairKey = (rule: string, feature: string): string => `${rule} × ${feature}`;

export interface RuleSetCoverage {
  /** Prototypes in which each rule fired, for any value. */
  rules: Record<string, number>;
  /** `rule × feature`: prototypes in which the rule fired for a value with the feature. */
  pairs: Record<string, number>;
  /** What no prototype hit: rules the vocabulary names, and pairs a long run of the generator reaches (coverage-known.ts). */
  neverHit: { rules: string[]; pairs: string[] };
  /** How many pairs that long run reaches. */
  knownPairs: number;
}

export interface CoverageSummary {
  prototypes: number;
  /** Prototypes with a value (a parameter or the return value) of each feature. */
  features: Record<string, number>;
  /** Per rule set (`model`; later one per dialect). */
  rules: Record<string, RuleSetCoverage>;
}

interface Counts {
  vocabulary: RuleVocabulary;
  rules: Map<string, number>;
  pairs: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

export class Coverage {
  private prototypes = 0;
  private readonly features = new Map<string, number>();
  private readonly sets = new Map<string, Counts>();
  // One prototype's hits, reused from one prototype to the next.
  private readonly seenFeatures = new Set<string>();
  private readonly seenRules = new Set<string>();
  private readonly seenPairs = new Set<string>();

  /** `known`: the rule × feature pairs worth listing when never hit, by default those of `profile`. */
  constructor(private readonly known: readonly string[] = []) {}

  static forProfile(profile: 'user' | 'kernel'): Coverage {
    return new Coverage(KNOWN_PAIRS[profile]);
  }

  /**
   * One prototype and a traced prediction of it (modelView(input, target, true)); `set`
   * names the rule set the prediction applied. The features are counted with the first
   * rule set a prototype is added under, so each prototype is added once per set.
   */
  add(input: PrototypeInput, prediction: FunctionPrediction, vocabulary: RuleVocabulary, set = MODEL_RULES, switches: readonly string[] = []): void {
    let counts = this.sets.get(set);
    if (!counts) this.sets.set(set, (counts = { vocabulary, rules: new Map(), pairs: new Map() }));
    const first = set === this.sets.keys().next().value;
    const { seenFeatures, seenRules, seenPairs } = this;
    hitsOf(input, prediction, vocabulary, { features: seenFeatures, rules: seenRules, pairs: seenPairs });
    for (const s of switches) seenRules.add(s);
    if (first) {
      this.prototypes++;
      for (const f of seenFeatures) bump(this.features, f);
    }
    for (const r of seenRules) bump(counts.rules, r);
    for (const p of seenPairs) bump(counts.pairs, p);
    seenFeatures.clear();
    seenRules.clear();
    seenPairs.clear();
  }

  summary(): CoverageSummary {
    const rules: Record<string, RuleSetCoverage> = {};
    for (const [name, c] of this.sets) {
      rules[name] = {
        rules: byCount(c.rules, c.vocabulary.ids),
        pairs: byCount(c.pairs),
        neverHit: {
          rules: c.vocabulary.ids.filter((r) => !c.rules.has(r)),
          pairs: name === MODEL_RULES ? this.known.filter((p) => !c.pairs.has(p)) : [],
        },
        knownPairs: name === MODEL_RULES ? this.known.length : 0,
      };
    }
    return { prototypes: this.prototypes, features: byCount(this.features), rules };
  }
}

export interface Hits {
  features: Set<string>;
  rules: Set<string>;
  pairs: Set<string>;
}

/** Adds what one prototype hits to `into`. */
export function hitsOf(input: PrototypeInput, prediction: FunctionPrediction, vocabulary: RuleVocabulary, into: Hits): Hits {
  const scope = scopeOf(input.header);
  const value = (type: Type, trace: readonly string[]): void => {
    const features = featuresOf(scope, type);
    if (features.length === 0) features.push(PLAIN);
    for (const f of features) into.features.add(f);
    let last: string | undefined;
    for (const line of trace) {
      const rule = vocabulary.of(line);
      if (rule === undefined || rule === last) continue;
      last = rule;
      into.rules.add(rule);
      for (const f of features) into.pairs.add(pairKey(rule, f));
    }
  };
  const { params, ret } = input.fn;
  for (let i = 0; i < params.length; i++) value(params[i]!.type, prediction.args[i]!.trace);
  if (prediction.ret) value(ret, prediction.ret.trace);
  return into;
}

/** Most hit first (ties by `order`, then by name), as a plain record for JSON. */
function byCount(m: Map<string, number>, order: readonly string[] = []): Record<string, number> {
  const rank = new Map(order.map((k, i) => [k, i]));
  const keys = [...m.keys()].sort((a, b) => m.get(b)! - m.get(a)! || (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, m.get(k)!]));
}

/** Rule × feature pairs hit at least `n` times. */
export function pairsHit(c: CoverageSummary, n: number, set = MODEL_RULES): number {
  return Object.values(c.rules[set]?.pairs ?? {}).filter((k) => k >= n).length;
}

/** The summary's coverage lines, for formatSummary. */
export function formatCoverage(c: CoverageSummary): string[] {
  const pct = (n: number): string => `${((100 * n) / Math.max(1, c.prototypes)).toFixed(n * 1000 < c.prototypes ? 1 : 0)}%`;
  const lines = [`  coverage over ${c.prototypes} prototypes (the share of prototypes that hit each):`];
  const model = c.rules[MODEL_RULES];
  const modelIds = new Set(model ? [...Object.keys(model.rules), ...model.neverHit.rules] : []);
  for (const [name, s] of Object.entries(c.rules)) {
    if (name !== MODEL_RULES) {
      // A config's own rules are the model's plus its dialect's switches: its line shows the switches.
      const hit = Object.entries(s.rules).filter(([r]) => !modelIds.has(r));
      const never = s.neverHit.rules.filter((r) => !modelIds.has(r));
      if (hit.length + never.length > 0) lines.push(`    ${name} switches: ${hit.map(([r, n]) => `${r} ${pct(n)}`).join(', ') || 'none hit'}${never.length ? `; never hit: ${never.join(', ')}` : ''}`);
      continue;
    }
    const pairs = Object.keys(s.pairs).length;
    const missed = s.neverHit.pairs;
    lines.push(
      `    ${name} rules: ${Object.entries(s.rules).map(([r, n]) => `${r} ${pct(n)}`).join(', ')}`,
      `    ${name} rules never hit: ${s.neverHit.rules.join(', ') || 'none'}`,
      `    ${name} rule x feature: ${pairs} hit, ${pairsHit(c, 10, name)} of them 10 times or more` +
        (s.knownPairs ? `; ${missed.length} of the ${s.knownPairs} a long run reaches never hit${missed.length ? `: ${missed.slice(0, 12).join(', ')}${missed.length > 12 ? ', ... (all in --json)' : ''}` : ''}` : ''),
    );
  }
  lines.push(`    features: ${Object.entries(c.features).map(([f, n]) => `${f} ${pct(n)}`).join(', ')}`);
  return lines;
}
