// A finding as files: a plain .h a kernel developer can read (a comment header above the
// prototype itself) and a .json beside it. This module is the one writer and the one
// reader of both: fuzz and minimize write them, replay, --corpus and minimize read them.
// Pure.
import type { Header } from '../c/ir.js';
import { printHeader } from '../c/print.js';
import type { PrototypeInput } from '../data/prototype.js';
import { FINDING_KINDS } from '../diff/compare-configs.js';
import type { SignedFinding } from '../diff/signature.js';
import { jitLine, jitRequest, type JitRequest } from '../jit/plan.js';
import type { Profile } from '../toolchains/config.js';
import { UserError } from '../user-error.js';
import { variantNamed } from '../jit/variants-by-name.js';
import { VERDICT_WORDS } from '../jit/variant-verdicts.js';
import { DEFAULT_TARGET, TARGET_NAMES, targetCalled } from '../targets/index.js';
import { jitOf, type Target } from '../targets/target.js';

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
  /** The architecture, where it is not the default one (aarch64). */
  target?: string;
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
    ...(meta.target !== undefined && meta.target !== DEFAULT_TARGET.name ? [`Target: ${meta.target}`] : []),
    `Expect-kinds: ${kinds.join(', ') || 'none'}`,
    ...(meta.jit ? [`Jit: ${jitLine(meta.jit)}`] : []),
    ...(f.groups ?? []).map((g) => `  ${g.value}: ${g.configs.join(' ')}`),
    ...(f.pairs ?? []).map(([a, b]) => `  caller ${a} -> callee ${b}`),
  ];
  return `/*\n${lines.map((l) => ` * ${l.replace(/\*\//g, '* /')}`).join('\n')}\n */\n${printHeader(input.header)}`;
}

export function findingJsonText(f: SignedFinding, input: PrototypeInput, meta: FindingMeta): string {
  return JSON.stringify({ finding: f, meta, prototype: input }, null, 2) + '\n';
}

/** What a finding file records: its finding's signature first, then every other its prototype shows. */
export const signaturesShown = (f: SignedFinding, shown: SignedFinding[]): string[] =>
  [...new Set([f.signature, ...shown.map((g) => g.signature)])];

/** What a finding or corpus file's comment header records; hand-written entries may record little. */
export interface Recorded {
  signatures: string[];
  /** `Expect-kinds:` sorted; undefined when the file records no verdict. */
  expectedKinds: string[] | undefined;
  /** `Expect-jit: VARIANT: verdicts` lines: per variant (by its name), what its runs must keep showing. */
  expectedJit: Map<string, string[]>;
  profile: Profile | undefined;
  configs: string[] | undefined;
  /** `Found:` without its date. */
  origin: string | undefined;
  jit: JitRequest | undefined;
  /** `Target:`; undefined when the file names none (entryTarget: aarch64). */
  target: Target | undefined;
}

/** The target an entry runs on: the one it names, else aarch64, where every older entry was found. */
export const entryTarget = (r: Recorded): Target => r.target ?? DEFAULT_TARGET;

/** The header lines that may appear once. */
const SINGLE = ['Kind', 'Found', 'Configs', 'Profile', 'Expect-kinds', 'Jit', 'Target'] as const;

/** A field's value; two lines of one field is an error naming the file. */
function fieldOf(text: string, name: (typeof SINGLE)[number], file: string): string | undefined {
  const all = [...text.matchAll(new RegExp(`^\\s*\\*\\s*${name}: (.*?)\\s*$`, 'gm'))];
  if (all.length > 1) throw new UserError(`${file}: ${all.length} '${name}:' lines, one is allowed: keep the one you mean`);
  return all[0]?.[1];
}

/** `Expect-kinds:` sorted; each must be a kind abifuzz reports. */
function kindsOf(line: string | undefined, file: string): string[] | undefined {
  if (line === undefined) return undefined;
  const kinds = line === 'none' ? [] : line.split(',').map((s) => s.trim()).sort();
  const unknown = kinds.find((k) => !(FINDING_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined) throw new UserError(`${file}: 'Expect-kinds: ${line}' names '${unknown}', which is no finding kind: use none or some of ${FINDING_KINDS.join(', ')}`);
  return kinds;
}

/** `Expect-jit:` lines: each names a variant once, with words from VERDICT_WORDS. */
function jitVerdictsOf(text: string, file: string, target: Target | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(/^\s*\*\s*Expect-jit: (.*?)\s*$/gm)) {
    const line = /^(\S+): (.+)$/.exec(m[1]!);
    if (!line) throw new UserError(`${file}: 'Expect-jit: ${m[1]}' is not 'VARIANT: verdict, …'`);
    const name = variantNamed(line[1]!, jitOf(target ?? DEFAULT_TARGET).variants).name;
    const words = line[2]!.split(',').map((w) => w.trim()).sort();
    const bad = words.find((w) => !VERDICT_WORDS.includes(w));
    if (bad !== undefined) throw new UserError(`${file}: 'Expect-jit: ${m[1]}' names '${bad}': use ${VERDICT_WORDS.join(', ')}`);
    if (out.has(name)) throw new UserError(`${file}: two 'Expect-jit:' lines for ${name}, one is allowed`);
    out.set(name, words);
  }
  return out;
}

export function readFindingHeader(text: string, file: string): Recorded {
  const field = (name: (typeof SINGLE)[number]): string | undefined => fieldOf(text, name, file);
  SINGLE.forEach(field);
  const configs = field('Configs');
  const jit = /^(\S+) modes (\S+)(?: btf-filter (\S+))?$/.exec(field('Jit') ?? '');
  const target = targetOfFile(field('Target'), file);
  return {
    signatures: [...text.matchAll(/^\s*\*\s*Signature: (.+)$/gm)].map((m) => m[1]!.trim()),
    expectedKinds: kindsOf(field('Expect-kinds'), file),
    expectedJit: jitVerdictsOf(text, file, target),
    profile: profileOf(field('Profile'), file),
    configs: configs?.split(/\s+/),
    origin: /^(.+), \d{4}-\d\d-\d\d$/.exec(field('Found') ?? '')?.[1],
    jit: jit ? jitRequest(jit[1]!, jit[2]!, jit[3], target ?? DEFAULT_TARGET) : undefined,
    target,
  };
}

function targetOfFile(name: string | undefined, file: string): Target | undefined {
  if (name === undefined) return undefined;
  const t = targetCalled(name);
  if (!t) throw new UserError(`${file}: 'Target: ${name}' names no target: write ${TARGET_NAMES}`);
  return t;
}

function profileOf(p: string | undefined, file: string): Profile | undefined {
  if (p === undefined || p === 'user' || p === 'kernel') return p;
  throw new UserError(`${file}: 'Profile: ${p}' names no profile: write user or kernel`);
}

interface FindingJson {
  finding?: { signature?: string };
  meta?: { origin?: string; configs?: string[]; target?: string; jit?: { variants: { name: string }[]; modes: { name: string }[]; btfFilter?: { name: string } } };
  prototype?: { header?: Header; fn?: { name?: string } };
}

/** The .json `fuzz` writes next to each finding's .h: its prototype as C, and what it records. */
export function readFindingJson(text: string, file: string): { source: string; name: string; recorded: Recorded } {
  const notOurs = (): UserError => new UserError(`${file}: not a finding .json written by abifuzz fuzz (expected finding, meta and prototype)`);
  let json: FindingJson;
  let source: string;
  try {
    json = JSON.parse(text) as FindingJson;
    // Back through C: the parser rebuilds objects the IR shares, which JSON copied apart.
    source = printHeader(json.prototype!.header!);
  } catch {
    throw notOurs();
  }
  const name = json.prototype?.fn?.name;
  if (name === undefined) throw notOurs();
  const jit = json.meta?.jit;
  const target = targetOfFile(json.meta?.target, file);
  const recorded: Recorded = {
    signatures: json.finding?.signature === undefined ? [] : [json.finding.signature],
    expectedKinds: undefined,
    expectedJit: new Map(),
    profile: undefined,
    configs: json.meta?.configs,
    origin: json.meta?.origin,
    jit: jit && jitRequest(jit.variants.map((v) => v.name).join(','), jit.modes.map((m) => m.name).join(','), jit.btfFilter?.name, target ?? DEFAULT_TARGET),
    target,
  };
  return { source, name, recorded };
}
