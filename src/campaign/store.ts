// Writes each finding the moment it is confirmed: a .h and a .json, named by the hash of
// the finding's signature. Each is written under a temporary name of this process and
// then linked to its own name, which fails if the name exists: a campaign killed at any
// instant leaves only whole files, and two campaigns on one directory (a resumed one, or
// a CI matrix on a shared volume) never overwrite each other's findings.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../user-error.js';
import { parseSignature, type SignedFinding } from '../diff/signature.js';
import { isAlive } from '../toolchains/scratch.js';
import type { PrototypeInput } from '../data/prototype.js';
import type { Target } from '../targets/target.js';
import { entryTarget, findingHeaderText, findingJsonText, readFindingHeader, type FindingMeta } from './finding-file.js';

/** `kind-<hash of the signature>`: the same name for the same finding in every process. */
export const findingName = (f: SignedFinding): string => `${f.kind}-${createHash('sha256').update(f.signature).digest('hex').slice(0, 12)}`;

const tmpSuffix = (): string => `.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;

/** Creates `path` with `text`, whole, unless it exists: false then. */
async function createWhole(path: string, text: string): Promise<boolean> {
  const tmp = path + tmpSuffix();
  await writeFile(tmp, text);
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await unlink(tmp);
  }
}

/**
 * Makes `out`/`sub` (checked before a campaign starts, so a bad --out costs nothing): a
 * path that is a file, or not writable, is one line naming it.
 */
export async function prepareOutput(out: string, sub = 'findings'): Promise<string> {
  const dir = join(out, sub);
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way: name a directory' : code === 'EACCES' || code === 'EROFS' ? 'not writable' : code ?? String(e);
    throw new UserError(`--out ${out}: ${why}`);
  }
  return dir;
}

/** A report file to write at the end (--junit): its directory must exist and be writable, and it must not be a directory. */
export async function checkWritableFile(option: string, file: string): Promise<void> {
  const isDir = await stat(file).then((s) => s.isDirectory(), () => false);
  if (isDir) throw new UserError(`${option} ${file}: a directory: name a file`);
  try {
    await access(dirname(file) || '.', constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${option} ${file}: ${code === 'ENOENT' ? `no directory ${dirname(file)}` : code === 'EACCES' || code === 'EROFS' ? `${dirname(file)} is not writable` : code ?? String(e)}`);
  }
}

/** Writes a report file; a failure names the file (a write error alone does not). */
export async function writeReport(file: string, text: string): Promise<void> {
  await writeFile(file, text).catch((e: NodeJS.ErrnoException) => {
    e.path ??= file;
    throw e;
  });
}

/** The finding's .h, or undefined when a file of that signature exists (another campaign wrote it). */
export async function writeFinding(dir: string, f: SignedFinding, input: PrototypeInput, meta: FindingMeta): Promise<string | undefined> {
  const base = join(dir, findingName(f));
  const header = findingHeaderText(f, input, meta);
  // The directory is made when the first write finds it missing, not before every finding.
  const created = await createWhole(`${base}.h`, header).catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
    await mkdir(dir, { recursive: true });
    return createWhole(`${base}.h`, header);
  });
  if (!created) return undefined;
  await createWhole(`${base}.json`, findingJsonText(f, input, meta));
  return `${base}.h`;
}

/**
 * Temporary files a killed campaign left in `dir` (its process is gone): removed, so a
 * later run starts clean. Returns how many.
 */
export async function removeLeftovers(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const pid = /\.(\d+)\.[a-z0-9]+\.tmp$/.exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    await unlink(join(dir, name)).catch(() => undefined);
    removed++;
  }
  return removed;
}


/** Every signature recorded under a directory's .h files (recursively), by bucket. */
export async function knownUnder(dir: string, target: Target): Promise<Map<string, string[][]>> {
  const known = new Map<string, string[][]>();
  for (const file of await headersUnder(dir)) {
    const recorded = readFindingHeader(await readFile(file, 'utf8'), file);
    // Config names are the same on every target: another target's signatures say nothing here.
    if (entryTarget(recorded) !== target) continue;
    for (const s of recorded.signatures) {
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
