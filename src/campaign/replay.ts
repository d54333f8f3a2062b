// Replay: re-check corpus entries and compare with the verdict each one records
// (`Expect-kinds:`, compiler against compiler and against the model). Only a change fails: a divergence that went away (a compiler was fixed)
// or a new one appeared. All entries run as one oracle batch.
import { readFile } from 'node:fs/promises';
import { functionsOf } from '../c/ir.js';
import { parseHeader } from '../c/parse.js';
import { findingsFor } from '../diff/findings.js';
import type { JitRequest } from '../jit/plan.js';
import { variantsByName } from '../jit/variants/index.js';
import { parseModes } from '../cli/jit-options.js';
import { runOracleAndJit } from '../jit/harness/run.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { Config, Profile } from '../oracle/toolchains.js';
import { headersUnder, knownUnder } from './store.js';
import { UserError } from '../cli/user-error.js';
import { remember, type SignedFinding } from '../diff/signature.js';

export interface ReplayResult {
  file: string;
  expected: string[];
  actual: string[];
  changed: boolean;
}

export function expectedKinds(text: string): string[] | undefined {
  const m = /Expect-kinds: (.*)/.exec(text);
  if (!m) return undefined;
  return m[1]!.trim() === 'none' ? [] : m[1]!.split(',').map((s) => s.trim()).sort();
}

/** The `Profile:` line of a finding file: what its configs compiled with. */
export function recordedProfile(text: string, file: string): Profile | undefined {
  const m = /^\s*\*\s*Profile: (\S*)\s*$/m.exec(text);
  if (!m) return undefined;
  if (m[1] !== 'user' && m[1] !== 'kernel') throw new UserError(`${file}: 'Profile: ${m[1]}' names no profile: write user or kernel`);
  return m[1];
}

/** The `Jit:` line of a finding file: the variants and modes to run again. */
export function recordedJit(text: string): JitRequest | undefined {
  const m = /^\s*\*\s*Jit: (\S+) modes (\S+)\s*$/m.exec(text);
  return m ? { variants: variantsByName(m[1]!), modes: parseModes(m[2]!) } : undefined;
}

interface Entry { file: string; expected: string[] | undefined; profile: Profile | undefined; jitLine: string; jit: JitRequest | undefined; inputs: PrototypeInput[] }

async function entriesUnder(dir: string): Promise<Entry[]> {
  return Promise.all((await headersUnder(dir)).map(async (file) => {
    const text = await readFile(file, 'utf8');
    const header = parseHeader(text, file);
    const jitLine = /^\s*\*\s*Jit: .*$/m.exec(text)?.[0] ?? '';
    return { file, expected: expectedKinds(text), profile: recordedProfile(text, file), jitLine, jit: recordedJit(text), inputs: functionsOf(header).map((fn): PrototypeInput => ({ origin: `${file}:${fn.name}`, header, fn })) };
  }));
}

/**
 * Every finding each entry shows with these configs, in the profile the entry records
 * unless `profile` says; one oracle batch per distinct trampoline request and profile, so
 * no entry runs variants it did not record.
 */
async function findingsOfEntries(entries: Entry[], configs: Config[], profile?: Profile): Promise<Map<Entry, SignedFinding[]>> {
  const batches = new Map<string, Entry[]>();
  const profileOf = (e: Entry): Profile => profile ?? e.profile ?? configs[0]!.profile;
  for (const e of entries) {
    const key = `${profileOf(e)} ${e.jitLine}`;
    batches.set(key, [...(batches.get(key) ?? []), e]);
  }
  const ids = configs.map((c) => c.id);
  const found = new Map<Entry, SignedFinding[]>();
  for (const batch of batches.values()) {
    const inProfile = configs.map((c) => ({ ...c, profile: profileOf(batch[0]!) }));
    const { observations, jit } = await runOracleAndJit(batch.flatMap((e) => e.inputs), { configs: inProfile, jit: batch[0]!.jit });
    let at = 0;
    for (const e of batch) {
      const from = at;
      const mine = observations.slice(from, (at += e.inputs.length));
      found.set(e, mine.flatMap((o, i) => findingsFor(o, e.inputs[i]!, ids, { jit: jit?.[from + i] })));
    }
  }
  return found;
}

/** `profile`: run every entry with it, not with the one the entry records. */
export async function replay(dir: string, configs: Config[], profile?: Profile): Promise<ReplayResult[]> {
  const recorded = (await entriesUnder(dir)).filter((e) => e.expected !== undefined);
  const found = await findingsOfEntries(recorded, configs, profile);
  return recorded.map((e) => {
    const actual = [...new Set(found.get(e)!.map((f) => f.kind))].sort();
    return { file: e.file, expected: e.expected!, actual, changed: actual.join() !== e.expected!.join() };
  });
}

/**
 * What a corpus already knows, for a campaign with these configs: the signatures its entries
 * show when run with them (a signature names the compilers that split, so one recorded
 * under other configs would not match) and those its files record.
 */
export async function knownFromCorpus(dir: string, configs: Config[]): Promise<Map<string, string[][]>> {
  const known = await knownUnder(dir);
  const found = await findingsOfEntries(await entriesUnder(dir), configs, configs[0]!.profile);
  for (const findings of found.values()) for (const f of findings) remember(f, known);
  return known;
}
