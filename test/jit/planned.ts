// What the placement tests share: asking a variant where a function model's arguments go,
// from the model alone (only the `reference` variant may look at the compiled ABI), and
// that answer in short for comparing with places worked out by hand.
import type { FuncModel } from '../../src/bpf/func-model/model.js';
import type { ArgPlace, Placement } from '../../src/bpf/placement.js';
import type { Variant } from '../../src/bpf/variant.js';

export function planned(variant: Variant, m: FuncModel): Placement | string {
  const p = variant.place({ model: m, abi: () => { throw new Error('only reference may look at the ABI'); } });
  return p.ok ? p.placement : `refused: ${p.reason}`;
}

/** Each argument's place, `inRegs` naming register ones, `stack+16` the others; or the refusal. */
export function places(variant: Variant, m: FuncModel, inRegs: (a: ArgPlace & { in: 'regs' }) => string): string[] {
  const p = planned(variant, m);
  if (typeof p === 'string') return [p];
  return p.args.map((a) => (a.in === 'regs' ? inRegs(a) : `stack+${a.from}`));
}
