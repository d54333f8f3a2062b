// A finding as a plain .h file: a comment header a kernel developer can read (and replay
// can parse) above the prototype itself. Pure.
import { printHeader } from '../c/print.js';
import type { SignedFinding } from '../diff/signature.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { JitRequest } from '../jit/plan.js';

export interface FindingMeta {
  /** How it was found: `seed 7 #123`. */
  origin: string;
  configs: string[];
  /** The profile the configs compiled with: replay runs the entry with it again. */
  profile: string;
  date: string;
  /** Signatures the prototype showed when it was written (the minimized one's). */
  signatures: string[];
  /** Every finding kind the written prototype shows: what replay must keep seeing. */
  kinds: string[];
  /** The trampoline variants and modes the campaign ran: replay runs them again. */
  jit?: JitRequest;
}

export function findingHeaderText(f: SignedFinding, input: PrototypeInput, meta: FindingMeta): string {
  const kinds = [...new Set(meta.kinds)].sort();
  const lines = [
    `abifuzz finding: ${f.detail}`,
    `Kind: ${f.kind}`,
    ...meta.signatures.map((s) => `Signature: ${s}`),
    `Found: ${meta.origin}, ${meta.date}`,
    `Configs: ${meta.configs.join(' ')}`,
    `Profile: ${meta.profile}`,
    `Expect-kinds: ${kinds.join(', ') || 'none'}`,
    ...(meta.jit ? [`Jit: ${meta.jit.variants.map((v) => v.name).join(',')} modes ${meta.jit.modes.map((m) => m.name).join(',')}`] : []),
    ...(f.groups ?? []).map((g) => `  ${g.value}: ${g.configs.join(' ')}`),
    ...(f.pairs ?? []).map(([a, b]) => `  caller ${a} -> callee ${b}`),
  ];
  return `/*\n${lines.map((l) => ` * ${l.replace(/\*\//g, '* /')}`).join('\n')}\n */\n${printHeader(input.header)}`;
}

/** What a finding file records: its finding's signature first, then every other its prototype shows. */
export const signaturesShown = (f: SignedFinding, shown: SignedFinding[]): string[] =>
  [...new Set([f.signature, ...shown.map((g) => g.signature)])];

/** The signatures a corpus or finding file records. */
export function recordedSignatures(text: string): string[] {
  return [...text.matchAll(/^\s*\*\s*Signature: (.+)$/gm)].map((m) => m[1]!.trim());
}
