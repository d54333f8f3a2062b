// V8's tier-up budget, set before the tool's own code runs (main.ts; the benchmark too, so
// its in-process figures run the way the command does).
import { setFlagsFromString } from 'node:v8';

/**
 * A campaign's JavaScript is seconds of many hot functions beside compilers that want the
 * same cores. At V8's default budget TurboFan compiled about 500 functions in a 5 s
 * benchmark run and threw a quarter of that work away on deoptimization; a budget 15x
 * larger optimizes only what stays hot: 0.9 fewer core-seconds, 13% less wall time in
 * figure 4 of `npm run bench`. A long campaign still optimizes everything that matters.
 */
export function tuneV8(): void {
  setFlagsFromString('--interrupt-budget=2000000');
}
