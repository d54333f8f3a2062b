// Temporary directories the tool works in (a batch's sources and objects, pahole's
// scratch): named with this process's id, removed when done, removed too when the process
// is interrupted (SIGINT, SIGTERM), and a later run removes what a kill -9 left behind
// (the directories of processes that are gone).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const live = new Set<string>();
let handlersInstalled = false;
let swept = false;

export interface Scratch {
  path: string;
  remove(): Promise<void>;
}

/** `kind` names what it holds (`batch`, `btf`): `abifuzz-<kind>-<pid>-XXXXXX` in the system's temporary directory. */
export function scratchDir(kind: string): Scratch {
  if (!swept) sweepLeftovers();
  installHandlers();
  const path = mkdtempSync(join(tmpdir(), `abifuzz-${kind}-${process.pid}-`));
  live.add(path);
  return {
    path,
    async remove() {
      live.delete(path);
      await rm(path, { recursive: true, force: true });
    },
  };
}

/** Leaves the directory in place (ABIFUZZ_KEEP), but no longer removes it on a signal either. */
export function keepScratch(s: Scratch): void {
  live.delete(s.path);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      removeLiveSync();
      process.exit(code);
    });
  }
  process.once('exit', removeLiveSync);
}

function removeLiveSync(): void {
  for (const path of live) rmSync(path, { recursive: true, force: true });
  live.clear();
}

/** Our own scratch directories whose process is gone (also those of versions that named them `abifuzz--PID-…`). */
export function sweepLeftovers(dir = tmpdir()): number {
  swept = true;
  let removed = 0;
  const uid = process.getuid?.();
  for (const name of safeReaddir(dir)) {
    const pid = /^abifuzz-[a-z0-9]*-(\d+)-\w+$/.exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    const path = join(dir, name);
    try {
      if (uid !== undefined && statSync(path).uid !== uid) continue; // not ours to remove
      rmSync(path, { recursive: true, force: true });
      removed++;
    } catch { /* gone meanwhile, or not ours */ }
  }
  return removed;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
