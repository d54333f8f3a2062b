// The model's answer for one prototype on one target: each value's layout from the C
// layout engine, and where the target's calling convention puts it. The other half of
// what diff compares, next to the oracle's observations. Pure.
import { scopeOf } from '../c/scope.js';
import type { FunctionPrediction } from '../data/prediction.js';
import type { PrototypeInput } from '../data/prototype.js';
import { layoutOfShape, type Layout } from '../layout/layout.js';
import { resolverFor } from '../layout/resolve.js';
import type { Dialect, Target } from '../targets/target.js';
import { textOf } from './dialect.js';

/** Where the model stands among configs in findings. */
export const MODEL = 'model';

export interface ModelView {
  prediction: FunctionPrediction;
  /** Parameters' then the return value's layouts. */
  layouts: Layout[];
}

/**
 * Each type is resolved once, with a memo that lives only as long as this prototype;
 * `traced` for a reader of the rules behind each placement (check, explain).
 */
export function modelView(input: PrototypeInput, target: Target, traced = false, dialect: Dialect = textOf(target)): ModelView {
  const shapeOf = resolverFor(scopeOf(input.header), dialect.layout);
  const params = input.fn.params.map((p) => shapeOf(p.type));
  const ret = input.fn.ret.t === 'void' ? undefined : shapeOf(input.fn.ret);
  return { prediction: target.predict(params, ret, traced, dialect), layouts: (ret ? params.concat(ret) : params).map((s) => layoutOfShape(s, dialect.layout)) };
}
