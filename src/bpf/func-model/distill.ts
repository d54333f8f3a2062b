// `btf_func_model` for an IR prototype: encode it as pahole would (from-ir.ts), distill
// it as the kernel does (distill-btf.ts), then add what only the C layout knows (the
// true and the AAPCS64 natural alignment of each argument) for the reference JIT
// variant and for reports.
import type { FunctionDecl, Header, Type } from '../../c/ir.js';
import { scopeOf } from '../../c/scope.js';
import { layoutOfShape } from '../../layout/layout.js';
import { resolverFor, shapeOf } from '../../layout/resolve.js';
import type { LayoutRules } from '../../layout/rules.js';
import { distillBtfFunc } from './distill-btf.js';
import type { DistillRules } from './distill-rules.js';
import { btfFuncOf, NotEncodable } from './from-ir.js';
import { refuse, type Distilled, type FuncModel } from './model.js';
import type { BtfFunc } from './btf.js';

export interface DistillOptions {
  /** The kernel date to distill as (distill-rules.ts); default: today's tree. */
  rules?: DistillRules;
  /** The target's types (Target.layout): BTF holds the sizes its compiler laid out. Default: aarch64's. */
  layout?: LayoutRules;
}

export function distillFuncModel(header: Header, fn: FunctionDecl, opts: DistillOptions = {}): Distilled {
  const scope = scopeOf(header);
  const resolve = opts.layout ? resolverFor(scope, opts.layout) : (t: Type) => shapeOf(scope, t);
  let btf: BtfFunc;
  try {
    btf = btfFuncOf(header, fn, scope, resolve);
  } catch (e) {
    if (e instanceof NotEncodable) return refuse('not-encodable', e.message, e.arg);
    throw e;
  }
  const d = distillBtfFunc(btf, opts.rules);
  if (!d.ok) return d;
  const layouts = fn.params.map((p) => layoutOfShape(resolve(p.type), opts.layout));
  const model: FuncModel = { ...d.model, trueAlign: layouts.map((l) => l.align), naturalAlign: layouts.map((l) => l.naturalAlign) };
  return { ok: true, model };
}
