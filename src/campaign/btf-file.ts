// `btf` on one file: every prototype made into a definition, compiled with -g and encoded
// by the installed pahole as a kernel build does, and the BTF read back. Per function:
// whether pahole kept it, the btf_func_model the kernel distills from that BTF, and
// whether abifuzz's own encoding of the IR (what --jit runs on) predicts the same.
import { functionsOf } from '../c/ir.js';
import { BtfGraph } from '../bpf/func-model/btf-graph.js';
import { parseBtf } from '../bpf/func-model/btf-parse.js';
import { definitionsSource } from '../bpf/func-model/c-source.js';
import { distillFromBtf } from '../bpf/func-model/distill-from-btf.js';
import { distillFuncModel } from '../bpf/func-model/distill.js';
import type { BtfFuncModel, Distilled } from '../bpf/func-model/model.js';
import { paholeBtf, type BtfCompiler } from '../toolchains/pahole.js';
import { UserError } from '../user-error.js';
import { readHeaderFile } from './read-file.js';

export interface BtfFunctionReport {
  name: string;
  /** What the kernel distills from the real BTF (`not-in-btf`: pahole left the function out). */
  btf: Distilled<BtfFuncModel>;
  /** What abifuzz distills from the IR, BTF's part of it. */
  predicted: Distilled<BtfFuncModel>;
  agrees: boolean;
}

export interface BtfReport {
  schema: 'abifuzz-btf/1';
  file: string;
  compiler: BtfCompiler;
  functions: BtfFunctionReport[];
}

export async function btfOfFile(file: string, compiler: BtfCompiler): Promise<BtfReport> {
  const header = await readHeaderFile(file);
  const fns = functionsOf(header);
  if (fns.length === 0) throw new UserError(`${file}: no function prototypes found`);
  const r = await paholeBtf(definitionsSource(header), compiler);
  if (!r.ok) throw new UserError(`${file}: the ${r.stage} step failed, so there is no BTF to read: ${r.message.split('\n')[0]}`);
  const graph = new BtfGraph(parseBtf(r.btf));
  const functions = fns.map((fn): BtfFunctionReport => {
    const btf = distillFromBtf(graph, fn.name);
    const predicted = btfPart(distillFuncModel(header, fn));
    return { name: fn.name, btf, predicted, agrees: JSON.stringify(btf) === JSON.stringify(predicted) };
  });
  return { schema: 'abifuzz-btf/1', file, compiler, functions };
}

/** The fields BTF can know. */
function btfPart(d: ReturnType<typeof distillFuncModel>): Distilled<BtfFuncModel> {
  if (!d.ok) return d;
  const { trueAlign: _t, naturalAlign: _n, ...model } = d.model;
  return { ok: true, model };
}
