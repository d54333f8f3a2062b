// `btf_func_model` for an IR prototype: encode it as pahole would (from-ir.ts), distill
// it as the kernel does (distill-btf.ts), then add what only the C layout knows (the
// true and the AAPCS64 natural alignment of each argument) for the reference JIT
// variant and for reports.
import type { FunctionDecl, Header } from '../../c/ir.js';
import { scopeOf } from '../../c/scope.js';
import { layoutOf } from '../../layout/layout.js';
import { distillBtfFunc } from './distill-btf.js';
import type { DistillRules } from './distill-rules.js';
import { btfFuncOf, NotEncodable } from './from-ir.js';
import { refuse, type Distilled, type FuncModel } from './model.js';
import type { BtfFunc } from './btf.js';

export interface DistillOptions {
  /** The kernel date to distill as (distill-rules.ts); default: today's tree. */
  rules?: DistillRules;
}

export function distillFuncModel(header: Header, fn: FunctionDecl, opts: DistillOptions = {}): Distilled {
  const scope = scopeOf(header);
  let btf: BtfFunc;
  try {
    btf = btfFuncOf(header, fn, scope);
  } catch (e) {
    if (e instanceof NotEncodable) return refuse('not-encodable', e.message, e.arg);
    throw e;
  }
  const d = distillBtfFunc(btf, opts.rules);
  if (!d.ok) return d;
  const layouts = fn.params.map((p) => layoutOf(scope, p.type));
  const model: FuncModel = { ...d.model, trueAlign: layouts.map((l) => l.align), naturalAlign: layouts.map((l) => l.naturalAlign) };
  return { ok: true, model };
}
