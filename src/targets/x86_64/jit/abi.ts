// Where the System V psABI (abifuzz's model, sysv/, with the text's rules) really puts
// each argument of a traced function, in the terms a trampoline needs (which general
// registers, which stack offset), read off the model's gpr and stack counters before and
// after each argument, and where the result comes back. Only the `reference` variant may
// use this: BTF carries none of it. Pure.
import type { FunctionDecl } from '../../../c/ir.js';
import type { Scope } from '../../../c/scope.js';
import type { ArgAbi, FunctionAbi, RetAbi } from '../../../bpf/variant.js';
import type { Prediction } from '../../../data/prediction.js';
import { resolverFor } from '../../../layout/resolve.js';
import { X86_LAYOUT } from '../layout.js';
import { roundUp } from '../../../layout/round.js';
import { GPRS } from '../sysv/assign.js';
import { predictShapes } from '../sysv/classify.js';
import { TEXT_RULES } from '../sysv/rules.js';

const isGpr = (piece: string): boolean => (GPRS as readonly string[]).includes(piece);
const counter = (p: Prediction, name: 'gpr' | 'stack'): readonly [number, number] => p.state[name] as readonly [number, number];

export function functionAbi(scope: Scope, fn: FunctionDecl, sizes: number[]): FunctionAbi {
  // x86-64's types (long double, _BitInt), not the engine's aarch64 defaults.
  const shapeOf = resolverFor(scope, X86_LAYOUT);
  const params = fn.params.map((p) => shapeOf(p.type));
  const pred = predictShapes(params, fn.ret.t === 'void' ? undefined : shapeOf(fn.ret), false, TEXT_RULES);
  const args = pred.args.map((a, i) => argAbi(a, sizes[i]!));
  const last = pred.args[pred.args.length - 1];
  const ret = pred.ret && retAbi(pred.ret);
  return { args, ret, indirectResult: ret?.in === 'indirect', stackBytes: last ? counter(last, 'stack')[1] : 0 };
}

function argAbi(a: Prediction, size: number): ArgAbi {
  const [stackBefore, stackAfter] = counter(a, 'stack');
  const [gprBefore, gprAfter] = counter(a, 'gpr');
  if (stackAfter > stackBefore && a.pieces.every((p) => p.startsWith('stack+'))) return { in: 'stack', offset: stackAfter - roundUp(size, 8) };
  const count = Math.ceil(size / 8);
  if (gprAfter - gprBefore === count && a.pieces.length > 0 && a.pieces.every(isGpr)) return { in: 'regs', first: gprBefore, count };
  return { in: 'other', why: a.pieces.length > 0 ? `passed in ${a.pieces.join(', ')}` : 'passed nowhere' };
}

/** rax (and rdx) for INTEGER results, memory at rdi for MEMORY ones, anything else (xmm, st0) no context can hold. */
function retAbi(r: Prediction): RetAbi {
  if (r.pieces.some((p) => p.startsWith('ref(rdi)'))) return { in: 'indirect' };
  if (r.pieces.length > 0 && r.pieces.every((p) => p === 'rax' || p === 'rdx')) return { in: 'regs', count: r.pieces.length };
  return { in: 'other', why: r.pieces.length > 0 ? `returned in ${r.pieces.join(', ')}` : 'returned nowhere' };
}
