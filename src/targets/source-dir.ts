// Where a folder of C sources is: beside the TypeScript in src/, whether the module asking
// runs from dist/src (built) or from src (tests).
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export function sourceDir(moduleUrl: string, ...folder: string[]): string {
  const here = dirname(fileURLToPath(moduleUrl));
  const built = here.split(`${sep}dist${sep}src${sep}`);
  return built.length === 2 ? join(built[0]!, 'src', ...folder) : join(here.slice(0, here.lastIndexOf(`${sep}src${sep}`)), 'src', ...folder);
}
