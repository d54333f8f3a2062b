// Reading a file the user named: a missing or unreadable one is one line, not a stack trace.
import { readFile } from 'node:fs/promises';
import type { Header } from '../c/ir.js';
import { parseHeader } from '../c/parse.js';
import { UserError } from '../user-error.js';

export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code ?? String(e)}`);
  }
}

export async function readHeaderFile(file: string): Promise<Header> {
  return parseHeader(await readTextFile(file), file);
}
