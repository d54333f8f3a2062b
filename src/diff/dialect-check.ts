// Whether a config's dialect predicts what the config did: the same layouts, the same
// bytes in the same places for every argument and the return value, and a by-reference
// copy under-aligned exactly when the dialect says it is. A miss is something no known
// switch explains for that config: a new deviation, or a model bug. Pure.
import type { ConfigFacts, PrototypeObservation } from '../data/observation.js';
import type { ModelView } from '../model/view.js';
import { bytesAsPredicted } from '../data/location.js';
import { describeLayout, sameLayout } from './compare-configs.js';

export interface DialectMiss {
  config: string;
  /** 0-based parameter index, or undefined for the return value. */
  arg: number | undefined;
  what: 'layout' | 'location' | 'copy';
  predicted: string;
  observed: string;
}

/** `viewOf(config)`: the model with that config's dialect. */
export function dialectMisses(obs: PrototypeObservation, viewOf: (config: string) => ModelView): DialectMiss[] {
  const out: DialectMiss[] = [];
  for (const c of obs.configs) if (c.status === 'ok') out.push(...configMisses(c, viewOf(c.config)));
  return out;
}

export function configMisses(c: ConfigFacts, view: ModelView): DialectMiss[] {
  const out: DialectMiss[] = [];
  const nparams = c.args.length;
  const arg = (i: number): number | undefined => (i < nparams ? i : undefined);
  view.layouts.forEach((l, i) => {
    if (!sameLayout(c.layouts[i]!, l)) out.push({ config: c.config, arg: arg(i), what: 'layout', predicted: describeLayout(l), observed: describeLayout(c.layouts[i]!) });
  });
  view.prediction.args.forEach((p, i) => {
    const seen = c.args[i]!;
    if (!bytesAsPredicted(seen.bytes, p.bytes)) out.push({ config: c.config, arg: i, what: 'location', predicted: p.bytes.join(' '), observed: seen.bytes.join(' ') });
    // A copy is guaranteed the dialect's alignment; above it, where it lands is the frame's luck.
    else if (p.copyAlign !== undefined && seen.refAlign !== undefined && seen.refAlign < p.copyAlign) {
      out.push({ config: c.config, arg: i, what: 'copy', predicted: `copy ${p.copyAlign}-aligned`, observed: `copy ${seen.refAlign}-aligned` });
    }
  });
  const ret = view.prediction.ret;
  if (ret && c.ret && !bytesAsPredicted(c.ret.bytes, ret.bytes)) out.push({ config: c.config, arg: undefined, what: 'location', predicted: ret.bytes.join(' '), observed: c.ret.bytes.join(' ') });
  return out;
}
