// Replay: re-check corpus entries and compare with the verdict each one records
// (`Expect-kinds:`, compiler against compiler and against the model). Only a change fails: a divergence that went away (a compiler was fixed)
// or a new one appeared. All entries run as one oracle batch.
import { readFile } from 'node:fs/promises';
import { functionsOf } from '../c/ir.js';
import { parseHeader } from '../c/parse.js';
import { compareConfigs } from '../diff/compare-configs.js';
import { compareModel } from '../diff/compare-model.js';
import { runOracle } from '../oracle/oracle.js';
import type { PrototypeInput } from '../oracle/plan.js';
import type { Config } from '../oracle/toolchains.js';
import { headersUnder } from './store.js';

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

export async function replay(dir: string, configs: Config[]): Promise<ReplayResult[]> {
  const files = await headersUnder(dir);
  const entries = await Promise.all(files.map(async (file) => {
    const text = await readFile(file, 'utf8');
    const header = parseHeader(text, file);
    return { file, expected: expectedKinds(text), inputs: functionsOf(header).map((fn): PrototypeInput => ({ origin: `${file}:${fn.name}`, header, fn })) };
  }));
  const recorded = entries.filter((e) => e.expected !== undefined);
  const { observations } = await runOracle(recorded.flatMap((e) => e.inputs), { configs });
  let at = 0;
  return recorded.map((e) => {
    const mine = observations.slice(at, (at += e.inputs.length));
    const actual = [...new Set(mine.flatMap((o, i) => [...compareConfigs(o), ...compareModel(o, e.inputs[i]!)]).map((f) => f.kind))].sort();
    return { file: e.file, expected: e.expected!, actual, changed: actual.join() !== e.expected!.join() };
  });
}
