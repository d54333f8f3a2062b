// Whether a tool is installed, answered from PATH without running it. Asking each tool for
// its version cost a campaign three rounds of process start-ups before its first compile;
// only `doctor` needs the versions.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The executable a command names (a path, or a name looked up on PATH), if there is one. */
export function onPath(command: string, path = process.env.PATH ?? ''): string | undefined {
  const candidates = command.includes('/') ? [command] : path.split(delimiter).filter(Boolean).map((dir) => join(dir, command));
  return candidates.find(isExecutableFile);
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
