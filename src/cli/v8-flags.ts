// V8's tier-up budget, set before the tool's own code runs (main.ts; the benchmark too, so
// its in-process figures run the way the command does).
import { setFlagsFromString } from 'node:v8';

/**
 * A campaign's JavaScript is seconds of many hot functions beside compilers that want the
 * same cores. At V8's default budget (66 KB of bytecode run) TurboFan compiled about 500
 * functions in a 5 s benchmark run and threw a quarter of that work away on
 * deoptimization. Six times the budget optimizes only what stays hot: 0.9 fewer
 * core-seconds and 10-13% less wall time in figure 4 of `npm run bench`. Larger budgets
 * gained nothing more there and slowed the model's figure 2 (its warm-up no longer
 * reached optimized code); a long campaign still optimizes everything that matters.
 */
export function tuneV8(): void {
  setFlagsFromString('--interrupt-budget=400000');
}
