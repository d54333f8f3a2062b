// Where AAPCS64 really puts each argument of a traced function, in the terms a
// trampoline needs (which x registers, which stack offset), read off the model's
// NGRN/NSAA before and after each argument. Only the `reference` variant may use this:
// BTF carries none of it. Pure.
import type { FunctionDecl } from '../c/ir.js';
import type { Scope } from '../c/scope.js';
import { predictInScope } from '../model/classify.js';

export type ArgAbi =
  | { in: 'regs'; first: number; count: number }
  | { in: 'stack'; offset: number }
  /** FP/SIMD registers, or nowhere (an empty argument): no trampoline context for these. */
  | { in: 'other'; why: string };

export interface FunctionAbi {
  args: ArgAbi[];
  /** The caller passes a result buffer in x8. */
  indirectResult: boolean;
  /** Stack bytes the arguments occupy (the final NSAA). */
  stackBytes: number;
}

export function functionAbi(scope: Scope, fn: FunctionDecl, sizes: number[]): FunctionAbi {
  const pred = predictInScope(scope, fn, false);
  const args = pred.args.map((a, i): ArgAbi => {
    const size = sizes[i]!;
    if (a.nsaa[1] > a.nsaa[0]) return { in: 'stack', offset: a.nsaa[1] - Math.ceil(size / 8) * 8 };
    if (a.ngrn[1] > a.ngrn[0] && a.pieces.every((p) => p.startsWith('x'))) {
      const count = Math.ceil(size / 8);
      return { in: 'regs', first: a.ngrn[1] - count, count };
    }
    return { in: 'other', why: a.pieces.length > 0 ? `passed in ${a.pieces.join(', ')}` : 'passed nowhere' };
  });
  const last = pred.args[pred.args.length - 1];
  return { args, indirectResult: pred.ret?.pieces.includes('ref(x8)') ?? false, stackBytes: last ? last.nsaa[1] : 0 };
}
