// `abifuzz minimize FILE.h|FINDING.json`: shrinks a prototype while it keeps showing one
// finding, as `fuzz` does with each new finding before writing it (shrink/
// minimize-finding.ts), and prints the result as `fuzz` writes a finding: a comment header
// (kind, signature, configs, expected kinds) above the prototype, replayable as it is.
import { readFile, writeFile } from 'node:fs/promises';
import { functionsOf, type Header } from '../c/ir.js';
import { parseHeader } from '../c/parse.js';
import { printHeader } from '../c/print.js';
import { findingHeaderText, recordedSignatures, signaturesShown } from '../campaign/finding-file.js';
import { recordedJit } from '../campaign/replay.js';
import type { SignedFinding } from '../diff/signature.js';
import type { JitRequest } from '../jit/plan.js';
import { variantsByName } from '../jit/variants/index.js';
import type { PrototypeInput } from '../data/prototype.js';
import { makeConfigs, parseOpts, type Config } from '../oracle/toolchains.js';
import { minimizeFinding, representatives, type MinimizedFinding } from '../shrink/minimize-finding.js';
import { findingsOf } from '../shrink/oracle-keeps.js';
import { extentOf } from '../shrink/size.js';
import { compilerIds, parseProfile } from './check.js';
import { parseModes } from './jit-options.js';
import { UserError } from './user-error.js';

export interface MinimizeCliOptions {
  compilers?: string;
  opt: string;
  profile: string;
  signature?: string;
  out?: string;
}

/** What a file holds to minimize: prototypes, and what a finding file records about them. */
interface Target {
  inputs: PrototypeInput[];
  /** The signature a finding file records: the finding to keep unless --signature says. */
  signature: string | undefined;
  /** The configs it was found with: used unless --compilers is given. */
  configs: string[] | undefined;
  jit: JitRequest | undefined;
}

export async function minimizeCommand(file: string, o: MinimizeCliOptions): Promise<number> {
  const target = file.endsWith('.json') ? await findingJson(file) : await header(file);
  const configs = await configsFor(o, target.configs);
  const { input, finding } = await chosenFinding(file, target, configs, o.signature ?? target.signature);
  process.stderr.write(`abifuzz minimize: ${finding.signature} (${input.origin}), searching with ${representatives(finding).join(' ')}\n`);
  const m = await minimizeFinding(finding, input, configs, undefined, target.jit);
  const text = findingHeaderText(m.finding, m.input, {
    origin: `${input.origin.replace(/, minimized$/, '')}, minimized`,
    configs: configs.map((c) => c.id),
    profile: configs[0]!.profile,
    date: new Date().toISOString().slice(0, 10),
    signatures: signaturesShown(m.finding, m.all),
    kinds: m.all.map((f) => f.kind),
    jit: target.jit,
  });
  if (o.out) await writeFile(o.out, text);
  else process.stdout.write(text);
  process.stderr.write(summary(input, m) + (o.out ? `; written to ${o.out}\n` : '\n'));
  return 0;
}

/** A .h: any header, or a finding file `fuzz` wrote (its comment header says what it records). */
async function header(file: string): Promise<Target> {
  const text = await readText(file);
  const h = parseHeader(text, file);
  const configs = /^\s*\*\s*Configs: (.+)$/m.exec(text)?.[1]?.trim().split(/\s+/);
  // `Found: seed 4 #3, 2026-11-22`: where it came from, without the date.
  const origin = /^\s*\*\s*Found: (.+), \d{4}-\d\d-\d\d\s*$/m.exec(text)?.[1];
  return { inputs: inputsOf(h, file, origin), signature: recordedSignatures(text)[0], configs, jit: recordedJit(text) };
}

interface FindingJson {
  finding?: { signature?: string };
  meta?: { origin?: string; configs?: string[]; jit?: { variants: { name: string }[]; modes: { name: string }[] } };
  prototype?: { header?: Header; fn?: { name?: string } };
}

/** The .json `fuzz` writes next to each finding's .h: { finding, meta, prototype }. */
async function findingJson(file: string): Promise<Target> {
  const notOurs = (): UserError => new UserError(`${file}: not a finding .json written by abifuzz fuzz (expected finding, meta and prototype)`);
  let json: FindingJson;
  let text: string;
  try {
    json = JSON.parse(await readText(file)) as FindingJson;
    // Back through C: the parser rebuilds objects the IR shares, which JSON copied apart.
    text = printHeader(json.prototype!.header!);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw notOurs();
  }
  const name = json.prototype?.fn?.name;
  const inputs = inputsOf(parseHeader(text, file), file, json.meta?.origin).filter((i) => i.fn.name === name);
  if (inputs.length === 0) throw notOurs();
  const jit = json.meta?.jit;
  return {
    inputs,
    signature: json.finding?.signature,
    configs: json.meta?.configs,
    jit: jit && { variants: variantsByName(jit.variants.map((v) => v.name).join(',')), modes: parseModes(jit.modes.map((m) => m.name).join(',')) },
  };
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code ?? String(e)}`);
  }
}

/** `origin`: where a finding file says its prototype came from (default: file:function). */
function inputsOf(h: Header, file: string, origin?: string): PrototypeInput[] {
  const inputs = functionsOf(h).map((fn) => ({ origin: origin ?? `${file}:${fn.name}`, header: h, fn }));
  if (inputs.length === 0) throw new UserError(`${file}: no function prototypes found`);
  return inputs;
}

/** --compilers and --opt, or else the configs the finding was found with. */
async function configsFor(o: MinimizeCliOptions, recorded: string[] | undefined): Promise<Config[]> {
  const profile = parseProfile(o.profile);
  if (o.compilers !== undefined || recorded === undefined) return makeConfigs(compilerIds(o.compilers), parseOpts(o.opt), profile);
  const part = (k: 0 | 1): string => [...new Set(recorded.map((id) => id.split('/')[k]))].join(',');
  return makeConfigs(compilerIds(part(0)), parseOpts(part(1)), profile);
}

/** The finding with signature `wanted` (or the first one) among those the file shows. */
async function chosenFinding(file: string, t: Target, configs: Config[], wanted: string | undefined): Promise<{ input: PrototypeInput; finding: SignedFinding }> {
  const shown = (await findingsOf(t.inputs, configs, { jit: t.jit })).flatMap((fs, i) => fs.map((finding) => ({ input: t.inputs[i]!, finding })));
  const hit = wanted === undefined ? shown[0] : shown.find((s) => s.finding.signature === wanted);
  if (hit) return hit;
  const where = `with ${configs.map((c) => c.id).join(' ')} (profile ${configs[0]!.profile})`;
  if (shown.length === 0) throw new UserError(`${file} shows no finding ${where}: nothing to minimize`);
  throw new UserError(`${file} does not show ${wanted} ${where}; it shows ${shown.length} other finding(s), see abifuzz check`);
}

function summary(input: PrototypeInput, m: MinimizedFinding): string {
  const [before, after] = [extentOf(input), extentOf(m.input)];
  const extent = (e: { params: number; members: number }): string => `${e.params} parameters, ${e.members} members`;
  // minimizeFinding falls back to the original when the result does not show the finding with every config.
  const kept = m.input === input && m.rounds > 0 ? '; no smaller prototype showed it with every config' : '';
  return `abifuzz minimize: ${m.rounds} rounds in ${m.seconds.toFixed(1)} s: ${extent(before)} -> ${extent(after)} (size ${m.size.before} -> ${m.size.after})${kept}`;
}
