// Which of a dialect's switches moved each value of a prototype: those without which the
// model would lay it out, place it, or guarantee its by-reference copy otherwise. What
// `explain --as CONFIG` names beside each value. Pure.
import type { Prediction } from '../data/prediction.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { Dialect, Target } from '../targets/target.js';
import type { Layout } from '../layout/layout.js';
import { switchesBehind } from './dialect.js';
import { modelView, type ModelView } from './view.js';

/** Per value (the parameters, then the return value when there is one): the switch names. */
export function switchesMoving(input: PrototypeInput, target: Target, dialect: Dialect, view: ModelView = modelView(input, target, false, dialect)): string[][] {
  const values = valuesOf(view);
  const views = new Map<string, Value[]>();
  const valuesWith = (d: Dialect): Value[] => {
    let v = views.get(d.name);
    if (!v) views.set(d.name, (v = valuesOf(modelView(input, target, false, d))));
    return v;
  };
  return values.map((v, i) => switchesBehind(dialect, (ablated) => !sameValue(v, valuesWith(ablated)[i]!)));
}

/** The switches that moved anything of the prototype; `text`: its view in the text's dialect, which most prototypes' dialect views equal (then no switch is tried). */
export function switchesHit(input: PrototypeInput, target: Target, dialect: Dialect, view: ModelView, text: ModelView): string[] {
  const mine = valuesOf(view);
  const theirs = valuesOf(text);
  if (mine.every((v, i) => sameValue(v, theirs[i]!))) return [];
  return [...new Set(switchesMoving(input, target, dialect, view).flat())];
}

interface Value { p: Prediction | undefined; layout: Layout }

function valuesOf(v: ModelView): Value[] {
  const preds = v.prediction.ret ? [...v.prediction.args, v.prediction.ret] : v.prediction.args;
  return v.layouts.map((layout, i) => ({ p: preds[i], layout }));
}

function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(a.layout) === JSON.stringify(b.layout)
    && a.p?.bytes.join(' ') === b.p?.bytes.join(' ')
    && a.p?.copyAlign === b.p?.copyAlign;
}
