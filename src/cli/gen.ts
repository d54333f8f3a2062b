// `abifuzz gen --seed S --index I`: the prototype a campaign checks at (seed, index), as the
// header it compiles: what a root cause's example (`seed 5 #17`) points at.
import { printHeader } from '../c/print.js';
import { prototypeAt } from '../campaign/source.js';
import { UserError } from '../user-error.js';
import { parseProfile } from './options.js';

export interface GenOptions { seed: string; index: string; count?: string; profile: string }

const whole = (name: string, text: string): number => {
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text))) throw new UserError(`--${name} takes a whole number, not '${text}'`);
  return Number(text);
};

export function genCommand(o: GenOptions): number {
  const profile = parseProfile(o.profile);
  const seed = whole('seed', o.seed);
  const first = whole('index', o.index);
  const count = o.count === undefined ? 1 : whole('count', o.count);
  for (let i = first; i < first + count; i++) {
    const p = prototypeAt(seed, i, profile);
    process.stdout.write(`/* ${p.origin}, ${profile} profile */\n${printHeader(p.header)}\n`);
  }
  return 0;
}
