// The x86-64 System V psABI (§3.2.3) for one prototype: where each argument and the
// result go, in the oracle's location vocabulary so a prediction compares byte for byte
// with an observation, with the rules that fired. Pure.
import type { FunctionPrediction, Prediction } from '../../../data/prediction.js';
import type { Shape } from '../../../layout/shape.js';
import { assign, type State } from './assign.js';
import { classify, passingAlign } from './classes.js';
import type { Trace } from './eightbyte.js';
import { locate, type Placement } from './located.js';
import { returned } from './returns.js';
import type { SysvRules } from './rules.js';

const NO_TRACE: string[] = [];
const traceFor = (traced: boolean): Trace => (traced ? [] : undefined);

/**
 * For parameters and a result (undefined: void) already resolved to shapes. The result is
 * classified first: one returned in memory takes rdi for its buffer's address.
 */
export function predictShapes(params: readonly Shape[], ret: Shape | undefined, traced: boolean, rules: SysvRules): FunctionPrediction {
  const r = ret && predictReturn(ret, traced, rules);
  let s: State = { gpr: r?.state.gpr![1] ?? 0, sse: 0, stack: 0 };
  const args = params.map((shape) => {
    const { p, next } = predictArgState(shape, s, traced, rules);
    s = next;
    return p;
  });
  return { args, ret: r };
}

export function predictArg(shape: Shape, before: State, traced: boolean, rules: SysvRules): Prediction {
  return predictArgState(shape, before, traced, rules).p;
}

/** The prediction and the state after it, a frontend count that differs included. */
function predictArgState(shape: Shape, before: State, traced: boolean, rules: SysvRules): { p: Prediction; next: State } {
  const trace = traceFor(traced);
  const align = passingAlign(shape);
  const a = assign(shape, classify(shape, rules, trace), align, before, rules, trace);
  return { p: prediction(shape, a.placement, trace, before, a.next, align), next: a.next };
}

export function predictReturn(shape: Shape, traced: boolean, rules: SysvRules): Prediction {
  const trace = traceFor(traced);
  const r = returned(shape, classify(shape, rules, trace), rules, trace);
  const start: State = { gpr: 0, sse: 0, stack: 0 };
  return prediction(shape, r.placement, trace, start, r.inMemory ? { gpr: 1, sse: 0, stack: 0 } : start, passingAlign(shape));
}

function prediction(shape: Shape, p: Placement, trace: Trace, before: State, after: State, naturalAlign: number): Prediction {
  const { pieces, bytes } = locate(shape, p);
  return {
    pieces, bytes, trace: trace ?? NO_TRACE,
    state: { gpr: [before.gpr, after.gpr], sse: [before.sse, after.sse], stack: [before.stack, after.stack] },
    naturalAlign,
  };
}
