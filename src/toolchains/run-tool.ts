// Runs one compiler, linker or emulator process and collects its output. A batch starts
// about ten of these, and execa's per-call bookkeeping (escaped command lines, result
// objects, error messages built even when nobody reads them) cost the campaign's single
// thread more than the spawn itself, so the hot paths use this instead.
import { spawn } from 'node:child_process';

export interface ToolResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Killed for writing more than `maxOutput` bytes: a runaway, like a hang. */
  overflowed: boolean;
  stdout: Buffer;
  stderr: Buffer;
}

export interface ToolOptions {
  timeoutMs?: number;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** Kill the process once its stdout exceeds this many bytes (default: no limit). */
  maxOutput?: number;
}

export function runTool(command: string, args: string[], opts: ToolOptions = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ? { ...process.env, ...opts.env } : process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let overflowed = false;
    let bytes = 0;
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      if (overflowed) return;
      bytes += d.length;
      if (opts.maxOutput !== undefined && bytes > opts.maxOutput) {
        overflowed = true;
        child.kill('SIGKILL');
        return;
      }
      out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${command}: ${e.message}`));
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, timedOut, overflowed, stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
  });
}

/** Runs a step that must succeed: a failure is an internal error carrying the tool's own words. */
export async function runToolOrThrow(command: string, args: string[]): Promise<void> {
  const r = await runTool(command, args);
  if (r.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.signal ?? `exit ${r.exitCode}`}):\n${r.stderr.toString().slice(0, 2000)}`);
}
