// A finding's signature: what it is about with the accidents removed (names, values, which
// function), so a campaign reports one root cause once. Same kind, same type features of
// the value involved, same split of compilers -> same signature. A random prototype's type
// carries many incidental features; minimization keeps the bucket (the signature without
// features) and strips them, so the signature of a minimized finding names its cause. Pure.
import { scopeOf } from '../c/scope.js';
import type { PrototypeInput } from '../data/prototype.js';
import { featuresOf } from './features.js';
import type { Finding } from './compare-configs.js';

export type SignedFinding = Finding & {
  /** kind|param or return|type features|compiler split: the root cause, for dedup. */
  signature: string;
  /** The signature without the type features: what minimization preserves. */
  bucket: string;
  /** The type features alone (also inside `signature`). */
  features: string[];
};

/** `runConfigs`: every config of the run, so opt levels fold only where all of them agree. */
export function signFindings(findings: Finding[], input: PrototypeInput, runConfigs: string[]): SignedFinding[] {
  const scope = scopeOf(input.header);
  const typeOf = (f: Finding) => (f.arg !== undefined ? input.fn.params[f.arg]?.type : f.kind === 'ret-location' || f.kind === 'layout' || f.kind === 'jit-ret' ? input.fn.ret : undefined);
  return findings.map((f) => {
    const type = typeOf(f);
    const features = type ? featuresOf(scope, type) : [];
    const value = f.arg !== undefined ? 'param' : type ? 'return' : '';
    const split = who(f, runConfigs);
    return { ...f, signature: [f.kind, value, features.join(','), split].join('|'), bucket: [f.kind, value, split].join('|'), features };
  });
}

/** Which compilers split how: opt levels fold away unless they split a compiler. */
function who(f: Finding, runConfigs: string[]): string {
  if (f.kind === 'compiler-crash') return `${f.configs.join(',')}:${f.detail.replace(/\d+/g, 'N').slice(0, 120)}`;
  // Under-aligned copies are one answer per config, not a split between configs.
  if (f.kind === 'ref-underaligned') return foldOpts(f.configs, runConfigs);
  if (f.variant !== undefined) return `${f.variant}:${foldOpts(f.configs, runConfigs)}`;
  if (f.groups) return f.groups.map((g) => foldOpts(g.configs, f.groups!.flatMap((x) => x.configs))).sort().join(' vs ');
  if (f.pairs) return compilerPairs(f.pairs);
  return foldOpts(f.configs, runConfigs);
}

/** Caller-callee pairs as the compilers they pair: `clang-19<>gcc-12,…`. */
export const compilerPairs = (pairs: [string, string][]): string =>
  [...new Set(pairs.map(([a, b]) => [compilerOf(a), compilerOf(b)].sort().join('<>')))].sort().join(',');

/** `gcc-12/O2` -> `gcc-12`. */
export const compilerOf = (config: string): string => config.split('/')[0]!;

function foldOpts(configs: string[], all: string[]): string {
  const names = configs.map((c) => {
    const compiler = compilerOf(c);
    const everywhere = all.filter((x) => compilerOf(x) === compiler).every((x) => configs.includes(x));
    return everywhere ? compiler : c;
  });
  return [...new Set(names)].sort().join('+');
}

/**
 * A finding is already known when a known signature of its bucket needs no feature it lacks.
 * `compiled`: the compilers that compiled the finding's prototype. One that could not (gcc
 * and a `_BitInt` elsewhere in the prototype) is missing from its split, so a known split
 * also matches once the compilers outside `compiled` are taken out of it.
 */
export function isKnown(f: SignedFinding, known: Map<string, string[][]>, compiled?: ReadonlySet<string>): boolean {
  const covers = (feats: string[]): boolean => feats.every((x) => f.features.includes(x));
  if ((known.get(f.bucket) ?? []).some(covers)) return true;
  if (!compiled || f.kind === 'compiler-crash') return false;
  const [kind, value, split] = f.bucket.split('|');
  for (const [bucket, list] of known) {
    const [k, v, s] = bucket.split('|');
    if (k === kind && v === value && s !== undefined && splitAmong(s, compiled) === split && list.some(covers)) return true;
  }
  return false;
}

/** A split as it reads with only `compilers` (and the model) taking part. */
function splitAmong(split: string, compilers: ReadonlySet<string>): string {
  const here = (name: string): boolean => name === 'model' || compilers.has(compilerOf(name));
  if (split.includes('<>')) return split.split(',').filter((pair) => pair.split('<>').every(here)).join(',');
  const sides = split.split(' vs ').map((side) => side.split('+').filter(here).join('+')).filter(Boolean);
  return sides.sort().join(' vs ');
}

/**
 * A finding about a parameter whose type has no feature of its own (an `int`), when an
 * earlier parameter has a finding of the same kind: AAPCS64 places each argument after
 * the ones before it, so the plain one was moved by the other, whose finding names the cause.
 */
export function isConsequence(f: SignedFinding, all: readonly SignedFinding[]): boolean {
  if (f.arg === undefined || f.features.length > 0) return false;
  return all.some((g) => g.kind === f.kind && g.arg !== undefined && g.arg < f.arg!);
}

export function remember(f: SignedFinding, known: Map<string, string[][]>): void {
  known.set(f.bucket, [...(known.get(f.bucket) ?? []), f.features]);
}

/** Splits a recorded signature back into its bucket and features. */
export function parseSignature(signature: string): { bucket: string; features: string[] } | undefined {
  const parts = signature.split('|');
  if (parts.length !== 4) return undefined;
  const [kind, value, features, split] = parts as [string, string, string, string];
  return { bucket: [kind, value, split].join('|'), features: features ? features.split(',') : [] };
}
