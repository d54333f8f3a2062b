// Replay: re-check corpus entries and compare with the verdict each one records
// (`Expect-kinds:`, compiler against compiler and against the model). Only a change fails: a divergence that went away (a compiler was fixed)
// or a new one appeared. All entries run as one oracle batch.
import { functionsOf } from '../c/ir.js';
import { parseHeader } from '../c/parse.js';
import { findingsFor } from '../diff/findings.js';
import { retarget } from '../toolchains/tools.js';
import { jitLine, type JitRequest } from '../jit/plan.js';
import { entryTarget, readFindingHeader, type Recorded } from './finding-file.js';
import { runOracleAndJit } from '../jit/harness/run.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { Config, Profile } from '../toolchains/config.js';
import { readTextFile } from './read-file.js';
import { headersUnder, knownUnder } from './store.js';
import { UserError } from '../user-error.js';
import { remember, type SignedFinding } from '../diff/signature.js';
import { rootCauseName, rootCauser, type RootCause } from '../diff/root-cause.js';
import { dialectsOf } from './plan.js';
import type { CorpusKnowledge } from './summary.js';
import { deviatingConfigs } from '../diff/compare-jit.js';
import { variantVerdicts } from '../jit/variant-verdicts.js';

export interface ReplayResult {
  file: string;
  expected: string[];
  actual: string[];
  /** Per `Expect-jit:` line: the variant, what it records, what its runs show now. */
  jit: { variant: string; expected: string[]; actual: string[] }[];
  changed: boolean;
  /** The root causes the configs' dialects give its findings (diff/root-cause.ts). */
  rootCauses: string[];
  /** The kinds of its findings no dialect explains: what the entry holds that abifuzz does not yet know. */
  unexplained: string[];
}

type Explained = SignedFinding & { rootCause?: RootCause };

interface Entry { file: string; recorded: Recorded; inputs: PrototypeInput[] }

/** Every .h under a corpus directory, each parsed: an unreadable or empty entry is an error naming it. */
async function entriesUnder(dir: string): Promise<Entry[]> {
  return Promise.all((await corpusFiles(dir)).map(async (file) => {
    const text = await readTextFile(file);
    if (text.trim() === '') throw new UserError(`${file}: empty corpus entry: remove it, or give it a prototype and an Expect-kinds: line`);
    const header = parseHeader(text, file);
    return { file, recorded: readFindingHeader(text, file), inputs: functionsOf(header).map((fn): PrototypeInput => ({ origin: `${file}:${fn.name}`, header, fn })) };
  }));
}

/** The .h files of a corpus directory the user named. */
async function corpusFiles(dir: string): Promise<string[]> {
  try {
    return await headersUnder(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`corpus ${dir}: ${code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'not a directory' : code ?? String(e)}`);
  }
}

/**
 * Every finding each entry shows with these configs, in the profile the entry records
 * unless `profile` says; one oracle batch per distinct trampoline request and profile, so
 * no entry runs variants it did not record.
 */
interface Shown { findings: Explained[]; verdicts: Map<string, string[]> }

async function findingsOfEntries(entries: Entry[], configs: Config[], profile?: Profile): Promise<Map<Entry, Shown>> {
  const batches = new Map<string, Entry[]>();
  const profileOf = (e: Entry): Profile => profile ?? e.recorded.profile ?? configs[0]!.profile;
  const jitKey = (j: JitRequest | undefined): string => (j ? jitLine(j) : '');
  for (const e of entries) {
    const key = `${entryTarget(e.recorded).name} ${profileOf(e)} ${jitKey(e.recorded.jit)}`;
    batches.set(key, [...(batches.get(key) ?? []), e]);
  }
  const found = new Map<Entry, Shown>();
  for (const batch of batches.values()) {
    const inProfile = retarget(configs, entryTarget(batch[0]!.recorded)).map((c) => ({ ...c, profile: profileOf(batch[0]!) }));
    const dialects = dialectsOf(inProfile);
    const { observations, jit } = await runOracleAndJit(batch.flatMap((e) => e.inputs), { configs: inProfile, jit: batch[0]!.recorded.jit });
    let at = 0;
    for (const e of batch) {
      const from = at;
      const mine = observations.slice(from, (at += e.inputs.length));
      const findings = mine.flatMap((o, i) => {
        const cause = rootCauser(o, e.inputs[i]!, inProfile[0]!.target, dialects);
        return findingsFor(o, e.inputs[i]!, inProfile, { jit: jit?.[from + i] }).map((f) => ({ ...f, rootCause: cause(f) }));
      });
      const outcomes = mine.flatMap((_, i) => jit?.[from + i] ?? []);
      found.set(e, { findings, verdicts: variantVerdicts(outcomes, deviatingConfigs(findings)) });
    }
  }
  return found;
}

/** `profile`: run every entry with it, not with the one the entry records. */
export async function replay(dir: string, configs: Config[], profile?: Profile): Promise<ReplayResult[]> {
  const recorded = await entriesUnder(dir);
  if (recorded.length === 0) throw new UserError(`corpus ${dir} holds no .h entries: nothing to replay`);
  const silent = recorded.find((e) => e.recorded.expectedKinds === undefined);
  if (silent) throw new UserError(`${silent.file} records no verdict: add an 'Expect-kinds:' line (the kinds it shows, or none)`);
  const found = await findingsOfEntries(recorded, configs, profile);
  return recorded.map((e) => {
    const expected = e.recorded.expectedKinds!;
    const shown = found.get(e)!;
    const actual = [...new Set(shown.findings.map((f) => f.kind))].sort();
    const jit = [...e.recorded.expectedJit].map(([variant, want]) => ({ variant, expected: want, actual: shown.verdicts.get(variant) ?? [] }));
    const changed = actual.join() !== expected.join() || jit.some((j) => j.actual.join() !== j.expected.join());
    const rootCauses = [...new Set(shown.findings.flatMap((f) => (f.rootCause ? [rootCauseName(f.rootCause)] : [])))].sort();
    const unexplained = [...new Set(shown.findings.filter((f) => !f.rootCause).map((f) => f.kind))].sort();
    return { file: e.file, expected, actual, jit, changed, rootCauses, unexplained };
  });
}

/**
 * What a corpus already knows, for a campaign with these configs: the signatures its entries
 * show when run with them (a signature names the compilers that split, so one recorded
 * under other configs would not match) and those its files record.
 */
export async function knownFromCorpus(dir: string, configs: Config[]): Promise<{ known: Map<string, string[][]>; corpus: CorpusKnowledge }> {
  const entries = await entriesUnder(dir);
  const target = configs[0]!.target;
  const known = await knownUnder(dir, target);
  const mine = entries.filter((e) => entryTarget(e.recorded) === target);
  const found = await findingsOfEntries(mine, configs, configs[0]!.profile);
  const corpus: CorpusKnowledge = { dir, entries: mine.length, explained: 0, open: 0 };
  for (const { findings } of found.values()) {
    for (const f of findings) remember(f, known);
    if (findings.some((f) => !f.rootCause)) corpus.open++;
    else if (findings.length > 0) corpus.explained++;
  }
  return { known, corpus };
}
