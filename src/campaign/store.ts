// Writes each finding the moment it is confirmed: a .h and a .json, each written to a
// temporary name and renamed, so a campaign killed at any instant leaves only whole files.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSignature, type SignedFinding } from '../diff/signature.js';
import type { PrototypeInput } from '../data/prototype.js';
import { findingHeaderText, findingJsonText, readFindingHeader, type FindingMeta } from './finding-file.js';

async function writeAtomic(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

export async function writeFinding(dir: string, n: number, f: SignedFinding, input: PrototypeInput, meta: FindingMeta): Promise<string> {
  const base = join(dir, `${String(n).padStart(4, '0')}-${f.kind}`);
  const json = findingJsonText(f, input, meta);
  // The directory is made when the first write finds it missing, not before every finding.
  await writeAtomic(`${base}.json`, json).catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
    await mkdir(dir, { recursive: true });
    await writeAtomic(`${base}.json`, json);
  });
  await writeAtomic(`${base}.h`, findingHeaderText(f, input, meta));
  return `${base}.h`;
}

/** Every signature recorded under a directory's .h files (recursively), by bucket. */
export async function knownUnder(dir: string): Promise<Map<string, string[][]>> {
  const known = new Map<string, string[][]>();
  for (const file of await headersUnder(dir)) {
    for (const s of readFindingHeader(await readFile(file, 'utf8'), file).signatures) {
      const parsed = parseSignature(s);
      if (parsed) known.set(parsed.bucket, [...(known.get(parsed.bucket) ?? []), parsed.features]);
    }
  }
  return known;
}

export async function headersUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.h')).map((e) => join(e.parentPath, e.name)).sort();
}
