// Does a C placement function say what a TypeScript variant says? Over many prototypes'
// function models (as the variant's kernel date distills them), both placements side by
// side: the check that a transliteration is faithful before either is trusted. The C
// side is asked all models at once.
import { distillFuncModel } from '../../bpf/func-model/distill.js';
import type { FuncModel } from '../../bpf/func-model/model.js';
import type { Planned } from '../../bpf/placement.js';
import type { Variant } from '../../bpf/variant.js';
import type { PrototypeInput } from '../../data/prototype.js';
import { modelLine } from './protocol.js';

export interface Agreement {
  /** Prototypes the kernel distills (the others have no model to place). */
  models: number;
  agree: number;
  /** The first few models where they differ, with both answers. */
  differ: { model: string; ts: Planned; c: Planned }[];
}

const noAbi = (): never => {
  throw new Error('a kernel variant does not look at the ABI');
};

export async function agreement(inputs: readonly PrototypeInput[], ts: Variant, c: Variant, keep = 5): Promise<Agreement> {
  const models = inputs.map((i) => distillFuncModel(i.header, i.fn, { rules: ts.distill })).flatMap((d) => (d.ok ? [d.model] : []));
  await c.prepare?.(models);
  const differ: Agreement['differ'] = [];
  let agree = 0;
  const place = (v: Variant, model: FuncModel): Planned => v.place({ model, abi: noAbi });
  for (const model of models) {
    const [a, b] = [place(ts, model), place(c, model)];
    if (JSON.stringify(a.ok ? a.placement : false) === JSON.stringify(b.ok ? b.placement : false)) agree++;
    else if (differ.length < keep) differ.push({ model: modelLine(model), ts: a, c: b });
  }
  return { models: models.length, agree, differ };
}
