// Preprocessor lines. abifuzz does not run the preprocessor, so any directive it skipped
// could silently change what the header means (`#define int long`, an `#if 0` around a
// prototype, a misspelled `#pragmc pack(1)`). Only the directives whose whole effect the
// parser reproduces pass: `#pragma pack`, `#pragma once`, the includes below, and one
// include guard around the whole file. Everything else is an error saying to preprocess.
import { excerpt } from './error.js';

/** `#pragma pack(...)`: push (optionally setting N), pop, or set N (undefined = default). */
export type PackOp = { op: 'push'; n?: number } | { op: 'pop' } | { op: 'set'; n?: number };

export interface Where {
  line: number;
  col: number;
}

export type Fail = (at: Where, msg: string) => never;

/**
 * Headers whose declarations the parser supplies itself (builtins.ts), with what they
 * provide: including one changes nothing. Anything else such a header declares is an
 * unknown name to the parser, which is an error too, never a silent guess.
 */
export const KNOWN_INCLUDES: ReadonlyMap<string, string> = new Map([
  ['stdint.h', 'int8_t..int64_t, uint8_t..uint64_t, intptr_t, uintptr_t (glibc aarch64 meanings)'],
  ['stddef.h', 'size_t, ptrdiff_t'],
  ['stdbool.h', 'bool'],
  ['linux/types.h', 'u8..u64, s8..s64, __u8..__u64, __s8..__s64, __be16..__be64, __le16..__le64'],
]);

const PACK_SIZES = new Set([1, 2, 4, 8, 16]);

/** Where the file stands with respect to its include guard, if it has one. */
export interface DirectiveState {
  /** Whether a token or a directive (other than `#pragma once`) has come yet. */
  started: boolean;
  guard?: { name: string; ifndef: Where; stage: 'opened' | 'defined' | 'closed'; endif?: Where };
}

type GuardEvent = { kind: 'ifndef' | 'define' | 'endif'; name: string; text: string; at: Where } | { kind: 'other' };

export const startDirectives = (): DirectiveState => ({ started: false });

/** One directive line (continuations joined, comments dropped): the `#pragma pack` it sets, if any. */
export function readDirectiveLine(st: DirectiveState, text: string, at: Where, fail: Fail): PackOp | undefined {
  const [, name = '', rest = ''] = /^#\s*(\w*)\s*(.*)$/s.exec(text) ?? [];
  if (name === 'pragma' && rest === 'once') return undefined; // harmless anywhere
  const guardPart = guardEvent(name, rest, text, at);
  step(st, guardPart, fail);
  if (guardPart.kind !== 'other') return undefined;
  if (name === 'pragma' && /^pack\b/.test(rest)) return pragmaPack(text, (msg) => fail(at, msg));
  if (name === 'pragma') return fail(at, `unsupported #pragma '${excerpt(rest)}': only '#pragma pack' changes layout (remove it)`);
  if (name === 'include') return checkInclude(text, rest, at, fail);
  return fail(at, unsupported(text));
}

/** Every token: none may follow the guard's `#endif`, and none may be the guard's macro. */
export function noteToken(st: DirectiveState, tok: Where & { kind: string; text: string }, fail: Fail): void {
  step(st, { kind: 'other' }, fail);
  if (tok.kind === 'ident' && tok.text === st.guard?.name) {
    fail(tok, `'${tok.text}' is the include guard's macro, which the preprocessor would erase here: pass the header through 'cc -E -P' first`);
  }
}

/** At the end of the input: an include guard must have been closed. */
export function endDirectives(st: DirectiveState, fail: Fail): void {
  const g = st.guard;
  if (g !== undefined && g.stage !== 'closed') fail(g.ifndef, unsupportedGuard(`#ifndef ${g.name}`));
}

function guardEvent(name: string, rest: string, text: string, at: Where): GuardEvent {
  const ident = /^[A-Za-z_]\w*$/.test(rest);
  if (name === 'ifndef' && ident) return { kind: 'ifndef', name: rest, text, at };
  if (name === 'define' && ident) return { kind: 'define', name: rest, text, at };
  if (name === 'endif' && rest === '') return { kind: 'endif', name: '', text, at };
  return { kind: 'other' };
}

/** `#ifndef X` first, `#define X` right after it, `#endif` last: anything else is out of place. */
function step(st: DirectiveState, e: GuardEvent, fail: Fail): void {
  const g = st.guard;
  if (g?.stage === 'closed') fail(g.endif!, unsupportedGuard('#endif'));
  if (g?.stage === 'opened' && !(e.kind === 'define' && e.name === g.name)) fail(g.ifndef, unsupportedGuard(`#ifndef ${g.name}`));
  if (e.kind === 'ifndef') {
    if (st.started) fail(e.at, unsupportedGuard(e.text));
    st.guard = { name: e.name, ifndef: e.at, stage: 'opened' };
  } else if (e.kind === 'define') {
    if (g?.stage !== 'opened') fail(e.at, unsupportedGuard(e.text));
    g.stage = 'defined';
  } else if (e.kind === 'endif') {
    if (g?.stage !== 'defined') fail(e.at, unsupportedGuard(e.text));
    g.stage = 'closed';
    g.endif = e.at;
  }
  st.started = true;
}

function checkInclude(text: string, rest: string, at: Where, fail: Fail): undefined {
  const m = /^(?:<([^>]*)>|"([^"]*)")$/.exec(rest);
  if (!m) return fail(at, unsupported(text));
  const header = m[1] ?? m[2]!;
  if (KNOWN_INCLUDES.has(header)) return undefined;
  const known = [...KNOWN_INCLUDES.keys()].map((h) => `<${h}>`);
  return fail(at, `unsupported #include ${excerpt(rest)}: abifuzz knows only ${known.slice(0, -1).join(', ')} and ${known.at(-1)} (their types are built in); paste the declarations you need from it instead`);
}

const unsupported = (text: string): string =>
  `unsupported directive '${excerpt(text)}': abifuzz does not run the preprocessor; pass the header through 'cc -E -P' first`;

const unsupportedGuard = (text: string): string =>
  `unsupported directive '${excerpt(text)}': abifuzz does not run the preprocessor, and accepts only an include guard around the whole file; pass the header through 'cc -E -P' first`;

function pragmaPack(directive: string, fail: (msg: string) => never): PackOp {
  const m = /^#\s*pragma\s+pack\s*\(([^)]*)\)$/.exec(directive);
  if (!m) return fail(`expected '#pragma pack(...)', found '${excerpt(directive)}'`);
  const args = m[1]!.split(',').map((s) => s.trim());
  const size = (s: string): number => {
    const n = /^\d+$/.test(s) ? Number(s) : NaN;
    return PACK_SIZES.has(n) ? n : fail(`expected a #pragma pack size (1, 2, 4, 8 or 16), found '${excerpt(s)}'`);
  };
  if (args.length === 1 && args[0] === '') return { op: 'set' };
  if (args.length === 1 && args[0] === 'push') return { op: 'push' };
  if (args.length === 1 && args[0] === 'pop') return { op: 'pop' };
  if (args.length === 2 && args[0] === 'push') return { op: 'push', n: size(args[1]!) };
  if (args.length === 1) return { op: 'set', n: size(args[0]!) };
  return fail(`unsupported #pragma pack form '${excerpt(directive)}'`);
}
