// Where AAPCS64 really puts each argument of a traced function, in the terms a
// trampoline needs (which x registers, which stack offset), read off the model's
// NGRN/NSAA before and after each argument, and where the result comes back. Only the
// `reference` variant may use this: BTF carries none of it. Pure.
import type { FunctionDecl } from '../../../c/ir.js';
import type { Scope } from '../../../c/scope.js';
import type { ArgAbi, FunctionAbi, RetAbi } from '../../../bpf/variant.js';
import type { Prediction } from '../../../data/prediction.js';
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
  const ret = pred.ret && retAbi(pred.ret);
  return { args, ret, indirectResult: ret?.in === 'indirect', stackBytes: last ? last.state.nsaa[1] : 0 };
}

/** C.3-style result: x0 (and x1) for up to 16 bytes of integers and composites, memory at x8 above, v registers for FP and HFAs. */
function retAbi(r: Prediction): RetAbi {
  if (r.pieces.includes('ref(x8)')) return { in: 'indirect' };
  if (r.pieces.length > 0 && r.pieces.every((p) => /^x[01]$/.test(p))) return { in: 'regs', count: r.pieces.length };
  return { in: 'other', why: r.pieces.length > 0 ? `returned in ${r.pieces.join(', ')}` : 'returned nowhere' };
}
