// The impure edge of the BTF path: compile C for the target with -g, let pahole encode the
// DWARF as BTF into the object (as a kernel build does), and pull the .BTF section out.
// Floats need --btf_gen_floats (kernel builds pass it); without it pahole drops them.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scratchDir } from './scratch.js';
import { DEFAULT_TARGET } from '../targets/index.js';
import type { Target } from '../targets/target.js';
import { runTool } from './run-tool.js';

/** gcc for everything but `_BitInt`, which gcc 12 lacks. */
export type BtfCompiler = 'gcc' | 'clang';

/** The compilers a kernel build for the target would use. */
function compilerFor(c: BtfCompiler, target: Target): { command: string; args: readonly string[] } {
  return c === 'gcc' ? { command: target.toolchain.gcc(12).command, args: [] } : { command: 'clang-19', args: target.toolchain.clangArgs };
}

export type PaholeResult =
  | { ok: true; btf: Uint8Array }
  | { ok: false; stage: 'compile' | 'pahole' | 'objcopy'; message: string };

export async function paholeBtf(source: string, compiler: BtfCompiler = 'gcc', target: Target = DEFAULT_TARGET): Promise<PaholeResult> {
  const tmp = scratchDir('btf');
  try {
    const [src, obj, out] = ['tu.c', 'tu.o', 'tu.btf'].map((f) => join(tmp.path, f)) as [string, string, string];
    await writeFile(src, source);
    const c = compilerFor(compiler, target);
    const steps: [PaholeStage, string, string[]][] = [
      ['compile', c.command, [...c.args, '-std=gnu11', '-g', '-O0', '-w', '-c', src, '-o', obj]],
      ['pahole', 'pahole', ['-J', '--btf_gen_floats', obj]],
      ['objcopy', `${target.triple}-objcopy`, [`--dump-section=.BTF=${out}`, obj, join(tmp.path, 'scratch.o')]],
    ];
    for (const [stage, command, args] of steps) {
      const r = await runTool(command, args, { timeoutMs: 120_000 }).catch((e: Error) => ({ exitCode: null, timedOut: false, stdout: '', stderr: e.message }));
      if (r.exitCode !== 0 || r.timedOut) {
        return { ok: false, stage, message: `${r.stderr}${r.stdout}`.trim() || (r.timedOut ? 'timed out' : `exit status ${r.exitCode}`) };
      }
    }
    return { ok: true, btf: new Uint8Array(await readFile(out)) };
  } finally {
    await tmp.remove();
  }
}

type PaholeStage = Exclude<PaholeResult, { ok: true }>['stage'];
