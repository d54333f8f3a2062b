// `btf_func_model` from real BTF, as the kernel builds it when a program attaches: find
// the FUNC by name (absent means pahole left the function out and nothing can attach),
// then distill its prototype. Only what BTF carries is available, so no true alignment.
import { BtfGraph } from './btf-graph.js';
import type { RawBtf } from './btf-parse.js';
import { distillBtfFunc } from './distill-btf.js';
import { refuse, type BtfFuncModel, type Distilled } from './model.js';

export function distillFromBtf(btf: RawBtf | BtfGraph, funcName: string): Distilled<BtfFuncModel> {
  const graph = btf instanceof BtfGraph ? btf : new BtfGraph(btf);
  const fn = graph.func(funcName);
  if (!fn) return refuse('not-in-btf', `pahole left ${funcName} out of BTF`);
  return distillBtfFunc(fn);
}
