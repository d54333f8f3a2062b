// Where AAPCS64 really puts each argument of a traced function, in the terms a
// trampoline needs (which x registers, which stack offset), read off the model's
// NGRN/NSAA before and after each argument. Only the `reference` variant may use this:
// BTF carries none of it. Pure.
import type { FunctionDecl } from '../../../c/ir.js';
import type { Scope } from '../../../c/scope.js';
import type { ArgAbi, FunctionAbi } from '../../../bpf/variant.js';
import { predictInScope } from '../aapcs64/classify.js';

export function functionAbi(scope: Scope, fn: FunctionDecl, sizes: number[]): FunctionAbi {
  const pred = predictInScope(scope, fn, false);
  const args = pred.args.map((a, i): ArgAbi => {
    const size = sizes[i]!;
    if (a.state.nsaa[1] > a.state.nsaa[0]) return { in: 'stack', offset: a.state.nsaa[1] - Math.ceil(size / 8) * 8 };
    if (a.state.ngrn[1] > a.state.ngrn[0] && a.pieces.every((p) => p.startsWith('x'))) {
      const count = Math.ceil(size / 8);
      return { in: 'regs', first: a.state.ngrn[1] - count, count };
    }
    return { in: 'other', why: a.pieces.length > 0 ? `passed in ${a.pieces.join(', ')}` : 'passed nowhere' };
  });
  const last = pred.args[pred.args.length - 1];
  return { args, indirectResult: pred.ret?.pieces.includes('ref(x8)') ?? false, stackBytes: last ? last.state.nsaa[1] : 0 };
}
