// `abifuzz btf FILE.h`: what the kernel would know of each function from real BTF (the
// installed pahole on gcc's or clang's DWARF), next to what abifuzz predicts from the C.
import { btfOfFile, type BtfFunctionReport } from '../campaign/btf-file.js';
import type { BtfFuncModel, Distilled } from '../bpf/func-model/model.js';
import { UserError } from '../user-error.js';

export async function btfCommand(file: string, o: { compiler: string; json?: boolean }): Promise<number> {
  if (o.compiler !== 'gcc' && o.compiler !== 'clang') throw new UserError(`--compiler takes gcc or clang, not '${o.compiler}'`);
  const report = await btfOfFile(file, o.compiler);
  process.stdout.write(o.json ? JSON.stringify(report, null, 2) + '\n' : report.functions.map(describe).join(''));
  return report.functions.every((f) => f.agrees) ? 0 : 1;
}

function describe(f: BtfFunctionReport): string {
  const lines = [`${f.name}: ${model(f.btf)}`];
  if (!f.agrees) lines.push(`  abifuzz predicted: ${model(f.predicted)}`);
  return lines.join('\n') + '\n';
}

function model(d: Distilled<BtfFuncModel>): string {
  if (!d.ok) return `${d.kind}: ${d.reason}`;
  const m = d.model;
  const args = m.argSize.map((size, i) => `${size}${m.argFlags[i] ? `/${m.argFlags[i]}` : ''}`).join(' ');
  return `nr_args ${m.nrArgs}, arg_size/flags [${args}], ret_size ${m.retSize}${m.retFlags ? `/${m.retFlags}` : ''}, btf__align_of [${m.btfAlign.join(' ')}]`;
}
