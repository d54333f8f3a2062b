// Dialects: which of a target's switches describe a compiler at an optimisation level,
// composed into the rules the layout engine and the classifier ask. Pure.
import type { LayoutRules } from '../layout/rules.js';
import type { CompilerAt, Dialect, Switch, Target } from '../targets/target.js';

const texts = new WeakMap<Target, Dialect>();

/** The convention's text, and gcc's layout of the target's types: no switch. */
export function textOf(target: Target): Dialect {
  let d = texts.get(target);
  if (!d) texts.set(target, (d = Object.freeze(compose('text', [], target.layout))));
  return d;
}

export function dialectOf(target: Target, compiler: CompilerAt): Dialect {
  const name = `${compiler.family}-${compiler.version}/${compiler.opt}`;
  const d = compose(name, target.switches.filter((s) => s.appliesTo(compiler)), target.layout);
  if (compiler.fellBack || !target.toolchain.selectorFallbackArgs?.(compiler.family, compiler.opt)) return d;
  const fellBack = compose(`${name} (fallback selector)`, target.switches.filter((s) => s.appliesTo({ ...compiler, fellBack: true })), target.layout);
  return sameSwitches(d, fellBack) ? d : { ...d, fellBack };
}

const sameSwitches = (a: Dialect, b: Dialect): boolean => a.switches.length === b.switches.length && a.switches.every((s, i) => s === b.switches[i]);

/**
 * The dialect that speaks for one config's observation of a prototype: the config's own,
 * or, where its default instruction selector gave up on the caller, its fallback's.
 */
export const dialectFacing = (d: Dialect, seen: { selectorFellBack?: boolean }): Dialect => (seen.selectorFellBack && d.fellBack) || d;

/**
 * The dialect of `switches` over a target's own types (`base`, which no switch sets); two
 * switches setting one rule cannot both hold.
 */
export function compose(name: string, switches: readonly Switch[], base: LayoutRules = {}): Dialect {
  const layout: Record<string, unknown> = { ...base };
  const passing: Record<string, unknown> = {};
  for (const s of switches) {
    merge(layout, s.layout ?? {}, s.name);
    merge(passing, s.passing ?? {}, s.name);
  }
  return { name, switches, layout: layout as LayoutRules, passing, base };
}

function merge(into: Record<string, unknown>, rules: object, from: string): void {
  for (const [k, v] of Object.entries(rules)) {
    if (k in into) throw new Error(`dialect switches clash on the rule '${k}' (${from})`);
    into[k] = v;
  }
}

/** The same dialect without one switch: what that switch alone changes. */
export const without = (d: Dialect, name: string): Dialect => compose(`${d.name} - ${name}`, d.switches.filter((s) => s.name !== name), d.base);

/**
 * The switches of `d` behind a change: those whose removal alone makes `changes` true.
 * When none does alone, two switches each sufficed (clang's bit-field rule and its no-mode
 * rule both move `t0 b : 8` for a char typedef aligned(32) to bit 256): then the switches
 * of every pair whose joint removal does (tried only when removing them all changes it).
 * Empty: no switch, or none of at most two, moved it.
 */
export function switchesBehind(d: Dialect, changes: (ablated: Dialect) => boolean): string[] {
  const names = d.switches.map((s) => s.name);
  const alone = names.filter((n) => changes(without(d, n)));
  if (alone.length > 0 || names.length < 2 || !changes(compose('text', [], d.base))) return alone;
  const paired = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const one = without(d, names[i]!);
    for (let j = i + 1; j < names.length; j++) {
      if (changes(without(one, names[j]!))) paired.add(names[i]!).add(names[j]!);
    }
  }
  return [...paired];
}
