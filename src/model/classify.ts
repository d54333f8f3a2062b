// AAPCS64 argument and result passing for one prototype (Stages A–C, §6.8.2 of the
// text, and the result-return rules), named in the oracle's location vocabulary so a
// prediction compares byte for byte with an observation. Pure.
import type { FunctionDecl, Header } from '../c/ir.js';
import { assign, type Placement, type State } from './assign.js';
import { classify } from './classes.js';
import { masksOf } from './masks.js';
import { scopeOf, type Scope } from '../c/scope.js';
import { shapeOf } from './resolve.js';
import type { Shape } from './shape.js';

export interface Prediction {
  /** Containers in argument byte order, no duplicates: `x2`, `v0`, `stack+16`, `ref(x3)`. */
  pieces: string[];
  /** Per byte: `x2.0`, `v1.4`, `stack+17`, `ref(x3)+5`; null for padding. */
  bytes: (string | null)[];
  /** Rules that fired, in order: `C.10: ...`. */
  trace: string[];
  ngrn: [number, number];
  nsrn: [number, number];
  nsaa: [number, number];
  naturalAlign: number;
}

export interface FunctionPrediction {
  args: Prediction[];
  ret: Prediction | undefined;
}

export function predictFunction(header: Header, fn: FunctionDecl): FunctionPrediction {
  return predictInScope(scopeOf(header), fn);
}

export function predictInScope(scope: Scope, fn: FunctionDecl): FunctionPrediction {
  // Stage A: NGRN = NSRN = 0, NSAA = the SP at the call.
  let state: State = { ngrn: 0, nsrn: 0, nsaa: 0 };
  const args = fn.params.map((p) => {
    const pred = predictArg(shapeOf(scope, p.type), state);
    state = { ngrn: pred.ngrn[1], nsrn: pred.nsrn[1], nsaa: pred.nsaa[1] };
    return pred;
  });
  const ret = fn.ret.t === 'void' ? undefined : predictReturn(shapeOf(scope, fn.ret));
  return { args, ret };
}

export function predictArg(shape: Shape, before: State): Prediction {
  const c = classify(shape);
  const a = assign(c, before);
  return prediction(shape, a.placement, [...c.trace, ...a.trace], before, a.next, c.natural);
}

/**
 * A result goes where it would if it were the sole first argument; otherwise (B.4's
 * composites) the caller passes the address of a buffer in x8.
 */
export function predictReturn(shape: Shape): Prediction {
  const start: State = { ngrn: 0, nsrn: 0, nsaa: 0 };
  const c = classify(shape);
  if (c.cls.c === 'byref') {
    const trace = [`R: a ${shape.size}-byte composite is not returned in registers: the caller's buffer address is in x8`];
    return prediction(shape, { where: 'ref', via: 'x8' }, trace, start, start, c.natural);
  }
  const a = assign(c, start);
  return prediction(shape, a.placement, ['R: returned where it would be passed as the first argument', ...c.trace, ...a.trace], start, a.next, c.natural);
}

function prediction(shape: Shape, p: Placement, trace: string[], before: State, after: State, naturalAlign: number): Prediction {
  const { bits, normalized } = masksOf(shape);
  const bytes: (string | null)[] = new Array<string | null>(bits.length);
  const pieces: string[] = [];
  let lastPiece = '';
  for (let j = 0; j < bits.length; j++) {
    if (bits[j] === 0 || normalized[j] === 1 || p.where === 'none') {
      bytes[j] = null;
      continue;
    }
    const piece = pieceOf(p, j);
    if (piece !== lastPiece && !pieces.includes(piece)) pieces.push(piece);
    lastPiece = piece;
    bytes[j] = byteName(p, j);
  }
  return {
    pieces, bytes, trace,
    ngrn: [before.ngrn, after.ngrn], nsrn: [before.nsrn, after.nsrn], nsaa: [before.nsaa, after.nsaa],
    naturalAlign,
  };
}

// Names are built once and reused: predictions are made in bulk.
const REGS = { x: Array.from({ length: 9 }, (_, i) => `x${i}`), v: Array.from({ length: 8 }, (_, i) => `v${i}`) };
const REG_BYTES = {
  x: REGS.x.map((r) => Array.from({ length: 8 }, (_, b) => `${r}.${b}`)),
  v: REGS.v.map((r) => Array.from({ length: 16 }, (_, b) => `${r}.${b}`)),
};
const stackNames: string[] = [];
const stackName = (n: number): string => (stackNames[n] ??= `stack+${n}`);

/** Per pointer place (`x3`, `stack+8`, `x8`): the piece `ref(x3)` and the byte names `ref(x3)+j`. */
const refs = new Map<string, { piece: string; bytes: string[] }>();

function refOf(via: string): { piece: string; bytes: string[] } {
  let r = refs.get(via);
  if (!r) refs.set(via, (r = { piece: `ref(${via})`, bytes: [] }));
  return r;
}

function pieceOf(p: Exclude<Placement, { where: 'none' }>, j: number): string {
  switch (p.where) {
    case 'x': return REGS.x[p.reg + (j >> 3)]!;
    case 'v': return REGS.v[p.reg + Math.floor(j / p.stride)]!;
    case 'stack': return stackName(p.offset);
    case 'ref': return refOf(p.via).piece;
  }
}

/** `x2.5`, `v1.4`, `stack+17`, `ref(x3)+5`: the oracle's names for byte j. */
function byteName(p: Exclude<Placement, { where: 'none' }>, j: number): string {
  switch (p.where) {
    case 'x': return REG_BYTES.x[p.reg + (j >> 3)]![j & 7]!;
    case 'v': return REG_BYTES.v[p.reg + Math.floor(j / p.stride)]![j % p.stride]!;
    case 'stack': return stackName(p.offset + j);
    case 'ref': {
      const r = refOf(p.via);
      return (r.bytes[j] ??= `${r.piece}+${j}`);
    }
  }
}
