// `minimize` on a file: the prototypes it holds and what a finding file records about
// them (the signature to keep, its configs, its trampolines), the finding chosen among
// those it shows, shrunk as `fuzz` does before writing, and written as `fuzz` writes it.
import { functionsOf, type Header } from '../c/ir.js';
import { parseHeader } from '../c/parse.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { SignedFinding } from '../diff/signature.js';
import { minimizeFinding, representatives, type MinimizedFinding } from '../shrink/minimize-finding.js';
import { explainedFindingsOf } from '../shrink/oracle-keeps.js';
import type { Config } from '../toolchains/config.js';
import { UserError } from '../user-error.js';
import { findingHeaderText, readFindingHeader, readFindingJson, signaturesShown, type Recorded } from './finding-file.js';
import { readTextFile } from './read-file.js';
import { dialectsOf } from './plan.js';
import type { Dialect } from '../targets/target.js';

/** What a file holds to minimize: prototypes, and what a finding file records about them. */
export interface MinimizeTarget {
  inputs: PrototypeInput[];
  recorded: Recorded;
}

/** A finding .json `fuzz` wrote, a finding .h, or any C header. */
export async function minimizeTarget(file: string): Promise<MinimizeTarget> {
  const text = await readTextFile(file);
  if (file.endsWith('.json')) {
    const { source, name, recorded } = readFindingJson(text, file);
    const inputs = inputsOf(parseHeader(source, file), file, recorded.origin).filter((i) => i.fn.name === name);
    if (inputs.length === 0) throw new UserError(`${file}: not a finding .json written by abifuzz fuzz (expected finding, meta and prototype)`);
    return { inputs, recorded };
  }
  const recorded = readFindingHeader(text, file);
  return { inputs: inputsOf(parseHeader(text, file), file, recorded.origin), recorded };
}

/** `origin`: where a finding file says its prototype came from (default: file:function). */
function inputsOf(h: Header, file: string, origin?: string): PrototypeInput[] {
  const inputs = functionsOf(h).map((fn) => ({ origin: origin ?? `${file}:${fn.name}`, header: h, fn }));
  if (inputs.length === 0) throw new UserError(`${file}: no function prototypes found`);
  return inputs;
}

export interface MinimizedFile {
  /** The finding file, as `fuzz` would write it. */
  text: string;
  input: PrototypeInput;
  finding: SignedFinding;
  m: MinimizedFinding;
}

/** Shrinks the finding with signature `wanted` (or the first one the file shows). */
export async function minimizeFile(file: string, t: MinimizeTarget, configs: Config[], wanted: string | undefined, onStart?: (finding: SignedFinding, input: PrototypeInput, reps: string[]) => void): Promise<MinimizedFile> {
  const { input, finding, unexplainedBy } = await chosenFinding(file, t, configs, wanted);
  onStart?.(finding, input, representatives(finding));
  const m = await minimizeFinding(finding, input, configs, { jit: t.recorded.jit, unexplainedBy });
  const text = findingHeaderText(m.finding, m.input, {
    origin: `${input.origin.replace(/, minimized$/, '')}, minimized`,
    configs: configs.map((c) => c.id),
    profile: configs[0]!.profile,
    date: new Date().toISOString().slice(0, 10),
    signatures: signaturesShown(m.finding, m.all),
    kinds: m.all.map((f) => f.kind),
    jit: t.recorded.jit,
    target: configs[0]!.target.name,
  });
  return { text, input, finding, m };
}

/**
 * The finding to keep, and whether no dialect explains it: then, as in a campaign, the
 * search keeps it unexplained (`unexplainedBy`). An explained one is looked for second.
 */
async function chosenFinding(file: string, t: MinimizeTarget, configs: Config[], wanted: string | undefined): Promise<{ input: PrototypeInput; finding: SignedFinding; unexplainedBy?: ReadonlyMap<string, Dialect> }> {
  const dialects = dialectsOf(configs);
  const judged = (await explainedFindingsOf(t.inputs, configs, dialects, { jit: t.recorded.jit })).flatMap((fs, i) => fs.map((f) => ({ input: t.inputs[i]!, ...f })));
  const pick = (among: typeof judged) => (wanted === undefined ? among[0] : among.find((s) => s.finding.signature === wanted));
  const open = pick(judged.filter((s) => !s.explained));
  if (open) return { input: open.input, finding: open.finding, unexplainedBy: dialects };
  const hit = pick(judged);
  if (hit) return { input: hit.input, finding: hit.finding };
  const where = `with ${configs.map((c) => c.id).join(' ')} (profile ${configs[0]!.profile})`;
  if (judged.length === 0) throw new UserError(`${file} shows no finding ${where}: nothing to minimize`);
  throw new UserError(`${file} does not show ${wanted} ${where}; it shows ${judged.length} other finding(s), see abifuzz check`);
}
