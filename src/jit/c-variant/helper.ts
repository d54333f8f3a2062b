// The impure half of a `--jit c:FILE.c` variant: FILE.c compiled for the host with
// abifuzz's kernel shim (c/), run as one long-lived helper process, asked about many
// function models at a time (a line each, answers in order). Whatever goes wrong with the
// user's file (it does not compile, the function crashes or hangs) is one UserError that
// names the file; the helper is killed rather than left to hang a campaign.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sourceDir } from '../../targets/source-dir.js';
import { runTool } from '../../toolchains/run-tool.js';
import { scratchDir } from '../../toolchains/scratch.js';
import { UserError } from '../../user-error.js';

const SHIM = sourceDir(import.meta.url, 'jit', 'c-variant', 'c');
/** The host's C compiler ($CC, else cc). */
const HOST_CC = process.env.CC ?? 'cc';
/** A placement function answers in microseconds: a batch without answers for this long hangs (tests shorten it). */
const answerTimeoutMs = (): number => Number(process.env.ABIFUZZ_TEST_C_VARIANT_TIMEOUT_MS ?? 10_000);

export class PlacementHelper {
  private child: ChildProcessWithoutNullStreams | undefined;
  /** The batch being answered: its lines, the answers so far. */
  private pending: { lines: readonly string[]; got: string[]; done: (answers: string[]) => void; fail: (e: Error) => void } | undefined;
  private stderr = '';

  constructor(readonly file: string) {}

  /** One answer per line, in order. */
  async ask(lines: readonly string[]): Promise<string[]> {
    if (lines.length === 0) return [];
    const child = await this.started();
    return new Promise((resolve, reject) => {
      const ms = answerTimeoutMs();
      const timer = setTimeout(() => this.fail(`no answer within ${ms / 1000} s (does bpf_jit_place_args() hang?) for the model '${this.current()}'`), ms);
      const settle = <T>(f: (x: T) => void) => (x: T): void => {
        clearTimeout(timer);
        this.pending = undefined;
        f(x);
      };
      this.pending = { lines, got: [], done: settle(resolve), fail: settle(reject) };
      child.stdin.write(lines.join('\n') + '\n');
    });
  }

  /** The model the helper is working on. */
  private current(): string {
    return this.pending?.lines[this.pending.got.length] ?? '?';
  }

  private async started(): Promise<ChildProcessWithoutNullStreams> {
    if (this.child) return this.child;
    const tmp = scratchDir('c-variant');
    try {
      const binary = await this.compile(tmp.path);
      const child = spawn(binary, [], { stdio: ['pipe', 'pipe', 'pipe'] });
      child.stderr.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-500)));
      createInterface({ input: child.stdout }).on('line', (l) => this.answered(l));
      child.on('exit', (code, signal) => this.fail(`the helper died (${signal ?? `exit ${code}`}) on the model '${this.current()}'${this.stderr ? `: ${this.stderr.trim().split('\n').pop()}` : ''}`));
      child.on('error', (e) => this.fail(`cannot run the helper: ${e.message}`));
      // The helper must not keep abifuzz alive, nor outlive it.
      for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as { unref?: () => void }).unref?.();
      child.unref();
      process.once('exit', () => child.kill('SIGKILL'));
      this.child = child;
      return child;
    } finally {
      // The running binary needs no directory.
      await tmp.remove();
    }
  }

  private async compile(dir: string): Promise<string> {
    if (!existsSync(this.file)) throw new UserError(`c:${this.file}: no such file`);
    const binary = join(dir, 'place');
    const args = ['-std=gnu11', '-O2', '-I', join(SHIM, 'include'), '-I', SHIM, '-include', join(SHIM, 'abifuzz-kernel.h'), this.file, join(SHIM, 'helper-main.c'), '-o', binary];
    const r = await runTool(HOST_CC, args, { timeoutMs: 60_000 }).catch((e: Error) => ({ exitCode: null, timedOut: false, stderr: Buffer.from(e.message) }));
    if (r.exitCode !== 0) {
      const first = r.stderr.toString().split('\n').find((l) => /error/.test(l)) ?? r.stderr.toString().trim().split('\n')[0] ?? '';
      throw new UserError(`c:${this.file} does not compile with ${HOST_CC}: ${first.trim() || (r.timedOut ? 'timed out' : `exit ${r.exitCode}`)}`);
    }
    return binary;
  }

  private answered(line: string): void {
    const p = this.pending;
    if (!p) return;
    p.got.push(line);
    if (p.got.length === p.lines.length) p.done(p.got);
  }

  private fail(why: string): void {
    const p = this.pending;
    this.child?.kill('SIGKILL');
    this.child = undefined;
    p?.fail(new UserError(`c:${this.file}: ${why}`));
  }
}
