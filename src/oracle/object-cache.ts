// The harness's own objects (runtime, probe, a later stage's part) do not depend on the
// batch, and at -O0 with two compilers compiling them cost a fifth of a batch: they are
// built once into a cache shared by every process. A cache is code that gets linked and
// run, so it is trusted by what it is, not by its name:
// - it lives in the user's cache directory (ABIFUZZ_CACHE, else $XDG_CACHE_HOME/abifuzz or
//   ~/.cache/abifuzz), which must be a directory of ours that nobody else may write; if it
//   is not, this process builds into a private directory of its own instead;
// - an entry is keyed by its sources and by the link driver's identity (its resolved path,
//   size and modification time: a new compiler version is a new entry, without running it);
// - an entry is built aside and renamed into place, with a manifest of its objects'
//   hashes that is checked before use: a truncated, missing or replaced object makes the
//   entry be rebuilt, never linked.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, realpathSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HarnessPart } from '../targets/target.js';
import { onPath } from '../toolchains/path-lookup.js';
import { runToolOrThrow } from '../toolchains/run-tool.js';

let root: string | undefined;

/** The cache directory this process uses (checked once). */
export function cacheRoot(): string {
  root ??= trustedRoot(process.env.ABIFUZZ_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'abifuzz'));
  return root;
}

/** Only for tests: forget the checked root, so the next call checks again. */
export function resetCacheRoot(): void {
  root = undefined;
}

function trustedRoot(wanted: string): string {
  try {
    mkdirSync(wanted, { recursive: true, mode: 0o700 });
    if (isPrivateDir(wanted)) return wanted;
  } catch { /* unwritable home: fall through */ }
  // Foreign or open to others: not trusted. A private directory of this process instead.
  return mkdtempSync(join(tmpdir(), `abifuzz-cache-${process.pid}-`));
}

/** A real directory (not a link), owned by this user, that no one else can write or enter. */
export function isPrivateDir(path: string): boolean {
  const s = lstatSync(path);
  const uid = process.getuid?.();
  return s.isDirectory() && !s.isSymbolicLink() && (uid === undefined || s.uid === uid) && (s.mode & 0o077) === 0;
}

/** The part's objects, built by `linker` with `include` on the include path. */
export async function harnessObjects(part: HarnessPart, include: readonly string[], linker: string): Promise<string[]> {
  const dir = join(cacheRoot(), `objects-${await entryKey(part, include, linker)}`);
  const objects = part.files.map(([, obj]) => join(dir, obj));
  if (await verified(dir, part)) return objects;
  const staging = await mkdtemp(join(cacheRoot(), '.staging-'));
  try {
    for (const [src, obj, opt] of part.files) {
      await runToolOrThrow(linker, [...opt, ...include.flatMap((i) => ['-I', i]), '-c', join(part.dir, src), '-o', join(staging, obj)]);
    }
    await writeFile(join(staging, MANIFEST), JSON.stringify(await hashes(staging, part)));
    await rm(dir, { recursive: true, force: true }); // a corrupt entry
    await rename(staging, dir);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    // Another process put a good entry in place first: use it.
    if (!(await verified(dir, part))) throw e;
  }
  return objects;
}

const MANIFEST = 'manifest.json';

async function entryKey(part: HarnessPart, include: readonly string[], linker: string): Promise<string> {
  const hash = createHash('sha256').update(linkerIdentity(linker));
  for (const i of include) for (const h of ['abf.h', 'target.h']) hash.update(await readFile(join(i, h)).catch(() => Buffer.alloc(0)));
  for (const [src, obj, opt] of part.files) hash.update(`${src} ${obj} ${opt.join(' ')}`).update(await readFile(join(part.dir, src)));
  return hash.digest('hex').slice(0, 20);
}

function linkerIdentity(linker: string): string {
  const path = realpathSync(onPath(linker) ?? linker);
  const s = statSync(path);
  return `${path} ${s.size} ${s.mtimeMs}`;
}

async function hashes(dir: string, part: HarnessPart): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [, obj] of part.files) out[obj] = createHash('sha256').update(await readFile(join(dir, obj))).digest('hex');
  return out;
}

/** Every object present and as its manifest says. */
async function verified(dir: string, part: HarnessPart): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Record<string, string>;
    const now = await hashes(dir, part);
    return part.files.every(([, obj]) => manifest[obj] !== undefined && manifest[obj] === now[obj]);
  } catch {
    return false;
  }
}
