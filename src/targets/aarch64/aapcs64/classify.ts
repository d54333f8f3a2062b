// AAPCS64 argument and result passing for one prototype (Stages A–C, §6.8.2 of the
// text, and the result-return rules), named in the oracle's location vocabulary so a
// prediction compares byte for byte with an observation. Pure.
import type { FunctionDecl, Header } from '../../../c/ir.js';
import { assign, type Placement, type State } from './assign.js';
import type { PassingRules } from './rules.js';
import { classify, type Trace } from './classes.js';
import { masksOf, type ValueMasks } from '../../../layout/masks.js';
import { scopeOf, type Scope } from '../../../c/scope.js';
import { shapeOf } from '../../../layout/resolve.js';
import type { Shape } from '../../../layout/shape.js';
import { naturalAlign } from '../../../layout/natural.js';
import { MODELLED_BYTES, type Prediction as GenericPrediction, type RuleState } from '../../../data/prediction.js';
import { LOST } from '../../../data/location.js';

/** The classifier's state as reports name it: Stage A's NGRN, NSRN and NSAA. */
export interface Aapcs64State extends RuleState {
  ngrn: readonly [number, number];
  nsrn: readonly [number, number];
  nsaa: readonly [number, number];
}

export interface Prediction extends GenericPrediction {
  state: Aapcs64State;
}

export interface FunctionPrediction {
  args: Prediction[];
  ret: Prediction | undefined;
}

/** With the trace of rules, for a reader (explain, check's report, tests). */
export function predictFunction(header: Header, fn: FunctionDecl): FunctionPrediction {
  return predictInScope(scopeOf(header), fn);
}

export function predictInScope(scope: Scope, fn: FunctionDecl, traced = true): FunctionPrediction {
  return predictShapes(fn.params.map((p) => shapeOf(scope, p.type)), fn.ret.t === 'void' ? undefined : shapeOf(scope, fn.ret), traced);
}

/**
 * For parameters and a return value (undefined: void) already resolved to shapes; with
 * `traced`, each prediction says which rules fired (the fuzz loop compares placements only).
 */
export function predictShapes(params: readonly Shape[], ret: Shape | undefined, traced = false, rules: PassingRules = TEXT_RULES): FunctionPrediction {
  // Stage A: NGRN = NSRN = 0, NSAA = the SP at the call.
  let state: State = { ngrn: 0, nsrn: 0, nsaa: 0 };
  const args = params.map((shape) => {
    const pred = predictArg(shape, state, traced, rules);
    state = { ngrn: pred.state.ngrn[1], nsrn: pred.state.nsrn[1], nsaa: pred.state.nsaa[1] };
    return pred;
  });
  // Only a dialect's HFA that fills more registers than it counts (argAsHfa) can make two
  // arguments meet in one register.
  return { args: rules.argAsHfa ? withLostBytes(args) : args, ret: ret && predictReturn(ret, traced, rules) };
}

/**
 * A register two arguments are placed in holds the earlier one's byte: the later one's is
 * LOST; so is a byte placed past v7, in a register the callee's caller never sets.
 */
function withLostBytes(args: Prediction[]): Prediction[] {
  const taken = new Set<string>(['v8']);
  return args.map((p) => {
    const mine = new Set<string>();
    let lost = false;
    const bytes = p.bytes.map((b) => {
      const reg = b?.startsWith('v') ? b.slice(0, b.indexOf('.')) : undefined;
      if (reg === undefined) return b;
      if (taken.has(reg)) {
        lost = true;
        return LOST;
      }
      mine.add(reg);
      return b;
    });
    for (const r of mine) taken.add(r);
    if (!lost) return p;
    return { ...p, bytes, trace: p.trace.length ? [...p.trace, 'dialect: an earlier argument fills the same register, or none is left: these bytes are lost'] : p.trace };
  });
}

/** The text's rules: none set. */
const TEXT_RULES: PassingRules = Object.freeze({});

const NO_TRACE: string[] = [];
const traceFor = (traced: boolean): Trace => (traced ? [] : undefined);

export function predictArg(shape: Shape, before: State, traced = true, rules: PassingRules = TEXT_RULES): Prediction {
  const trace = traceFor(traced);
  const c = classify(shape, trace, rules);
  const a = assign(c, before, trace, rules);
  const copyAlign = a.placement.where === 'ref' ? copyAlignOf(shape, rules) : undefined;
  const { placement } = a;
  const gap = placement.where === 'stack' ? rules.stackGapAt?.(shape) : undefined;
  if (gap !== undefined && placement.where === 'stack') {
    trace?.push(`dialect: bytes from ${gap} on lie 8 bytes further up the stack`);
    return prediction(shape, withGap(placement.offset, gap, shape.size), trace ?? NO_TRACE, before, { ...a.next, nsaa: a.next.nsaa + 8 }, c.natural, copyAlign);
  }
  return prediction(shape, placement, trace ?? NO_TRACE, before, a.next, c.natural, copyAlign);
}

/** A value at stack+offset whose bytes from `gap` on are 8 bytes further up. */
function withGap(offset: number, gap: number, size: number): Placement {
  const bytes = Array.from({ length: size }, (_, j) => `stack+${offset + j + (j < gap ? 0 : 8)}`);
  return { where: 'members', stride: gap, pieces: [`stack+${offset}`, `stack+${offset + gap + 8}`], bytes };
}

/** The alignment the caller's copy of a by-reference argument is guaranteed (the text: the type's). */
function copyAlignOf(s: Shape, rules: PassingRules): number {
  const own =
    s.k === 'record' && s.align > s.rec.align && rules.typedefRecordCopyAlign ? rules.typedefRecordCopyAlign(s)
    : s.k === 'vector' && rules.vectorCopyAlign ? rules.vectorCopyAlign(s)
    : s.align;
  return Math.min(own, rules.copyAlignCap ?? Infinity);
}

/**
 * A result goes where it would if it were the sole first argument; otherwise (B.4's
 * composites) the caller passes the address of a buffer in x8.
 */
export function predictReturn(shape: Shape, traced = true, rules: PassingRules = TEXT_RULES): Prediction {
  const start: State = { ngrn: 0, nsrn: 0, nsaa: 0 };
  const trace = traceFor(traced);
  const elements = rules.returnByElement?.(shape);
  const at = (elements && { where: 'v' as const, reg: 0, stride: elements.memberSize }) ?? rules.returnAt?.(shape) ?? rules.returnedByIrParts?.(shape) ?? (rules.returnInGprs?.(shape) ? IN_X0 : undefined);
  if (at) return prediction(shape, at, trace ? ['dialect: returned in a place of its own'] : NO_TRACE, start, start, naturalAlign(shape));
  const c = classify(shape, trace, rules, false);
  if (c.cls.c === 'byref') {
    // The reason replaces Stage B's: the value is not passed at all.
    const why = [`R: a ${shape.size}-byte composite is not returned in registers: the caller's buffer address is in x8`];
    return prediction(shape, { where: 'ref', via: 'x8' }, trace ? why : NO_TRACE, start, start, c.natural);
  }
  trace?.unshift('R: returned where it would be passed as the first argument');
  const a = assign(c, start, trace, rules);
  // Only a dialect splits a result into more members than there are registers; a result
  // has no stack slots, so the compiler returns it through x8 after all (LLVM: sret demotion).
  if (onTheStack(a.placement)) {
    trace?.push('R: the registers cannot hold it: the caller\'s buffer address is in x8');
    return prediction(shape, { where: 'ref', via: 'x8' }, trace ?? NO_TRACE, start, start, c.natural);
  }
  return prediction(shape, a.placement, trace ?? NO_TRACE, start, a.next, c.natural);
}

const onTheStack = (p: Placement): boolean => p.where === 'stack' || (p.where === 'members' && p.pieces.some((x) => x.startsWith('stack+')));

const IN_X0: Placement = { where: 'x', reg: 0 };

function prediction(shape: Shape, p: Placement, trace: string[], before: State, after: State, naturalAlign: number, copyAlign?: number): Prediction {
  const { pieces, bytes } = shape.size > MODELLED_BYTES ? { pieces: piecesOf(p), bytes: [] } : locatedAt(shape, p);
  return {
    pieces, bytes, trace,
    state: { ngrn: [before.ngrn, after.ngrn], nsrn: [before.nsrn, after.nsrn], nsaa: [before.nsaa, after.nsaa] },
    naturalAlign,
    copyAlign,
  };
}

type Located = Pick<Prediction, 'pieces' | 'bytes'>;

function locatedAt(shape: Shape, p: Placement): Located {
  const masks = masksOf(shape);
  return p.where === 'none' ? { pieces: [], bytes: new Array<string | null>(masks.bits.length).fill(null) } : placed(p, masks);
}

/** The containers alone: a value too large to name byte by byte is by reference or nowhere. */
function piecesOf(p: Placement): string[] {
  return p.where === 'ref' ? [`ref(${p.via})`] : p.where === 'stack' ? [`stack+${p.offset}`] : [];
}

/**
 * A value without padding at a place is named like every other of its size there: those
 * names are made once and shared (callers must not modify a prediction's arrays).
 */
function placed(p: Exclude<Placement, { where: 'none' }>, masks: ValueMasks): Located {
  const n = masks.bits.length;
  if (p.where === 'members') return locate(namesOf(p, n), { ...masks, whole: false });
  if (!masks.whole) return locate(namesOf(p, n), masks);
  const runs = runsAt(p);
  return (runs[n] ??= locate(namesOf(p, n), masks));
}

/** Shared runs by place, then by size. */
const X_RUNS: Located[][] = [];
const V_RUNS = new Map<number, Located[][]>();
const STACK_RUNS: Located[][] = [];
const REF_RUNS = new Map<string, Located[]>();

function runsAt(p: Exclude<Placement, { where: 'none' | 'members' }>): Located[] {
  switch (p.where) {
    case 'x': return (X_RUNS[p.reg] ??= []);
    case 'v': {
      let byReg = V_RUNS.get(p.stride);
      if (!byReg) V_RUNS.set(p.stride, (byReg = []));
      return (byReg[p.reg] ??= []);
    }
    case 'stack': return (STACK_RUNS[p.offset] ??= []);
    case 'ref': {
      let runs = REF_RUNS.get(p.via);
      if (!runs) REF_RUNS.set(p.via, (runs = []));
      return runs;
    }
  }
}

/** The names of a value's bytes at a place, padding and normalized bytes null. */
function locate(names: Names, masks: ValueMasks): Located {
  const { bits, normalized } = masks;
  const n = bits.length;
  // Most values have no padding: their names are a run of the table.
  if (masks.whole) {
    const first = Math.floor(names.at / names.per);
    const last = Math.floor((names.at + n - 1) / names.per);
    return { bytes: names.bytes.slice(names.at, names.at + n), pieces: n === 0 ? [] : names.pieces.slice(first, last + 1) };
  }
  const bytes = new Array<string | null>(n).fill(null);
  const pieces: string[] = [];
  let lastPiece = '';
  for (let j = 0; j < n; j++) {
    if (bits[j] === 0 || normalized[j] === 1) continue;
    const piece = names.pieces[Math.floor((names.at + j) / names.per)]!;
    if (piece !== lastPiece && !pieces.includes(piece)) pieces.push(piece);
    lastPiece = piece;
    bytes[j] = names.bytes[names.at + j]!;
  }
  return { pieces, bytes };
}

/**
 * The oracle's names for the bytes of a value at some place (`x2.5`, `v1.4`, `stack+17`,
 * `ref(x3)+5`): byte j is `bytes[at + j]`, in the container `pieces[(at + j) / per]`
 * (`per` is Infinity where there is one container). The tables are built once and
 * shared: predictions are made in bulk.
 */
interface Names {
  bytes: readonly string[];
  pieces: readonly string[];
  at: number;
  per: number;
}

const table = (n: number, name: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => name(i));
const X = { pieces: table(9, (i) => `x${i}`), bytes: table(72, (i) => `x${i >> 3}.${i & 7}`) };
/** v0–v7, and v8 for the member a dialect's HFA puts past the last argument register (withLostBytes). */
const V_PIECES = table(9, (i) => `v${i}`);
/** By stride (the size of an HFA member, or 16 for a lone FP or vector value). */
const V_BYTES = new Map([2, 4, 8, 16].map((s) => [s, table(9 * s, (i) => `v${Math.floor(i / s)}.${i % s}`)]));
const STACK: string[] = [];
/** By pointer place (`x3`, `stack+8`, `x8`). */
const REFS = new Map<string, { piece: string; bytes: string[] }>();

function namesOf(p: Exclude<Placement, { where: 'none' }>, size: number): Names {
  switch (p.where) {
    case 'x': return { bytes: X.bytes, pieces: X.pieces, at: 8 * p.reg, per: 8 };
    case 'v': return { bytes: V_BYTES.get(p.stride)!, pieces: V_PIECES, at: p.reg * p.stride, per: p.stride };
    case 'stack': {
      grow(STACK, p.offset + size, (n) => `stack+${n}`);
      return { bytes: STACK, pieces: [STACK[p.offset]!], at: p.offset, per: Infinity };
    }
    case 'members': return { bytes: p.bytes, pieces: p.pieces, at: 0, per: p.stride };
    case 'ref': {
      let r = REFS.get(p.via);
      if (!r) REFS.set(p.via, (r = { piece: `ref(${p.via})`, bytes: [] }));
      grow(r.bytes, size, (j) => `${r.piece}+${j}`);
      return { bytes: r.bytes, pieces: [r.piece], at: 0, per: Infinity };
    }
  }
}

function grow(names: string[], n: number, name: (i: number) => string): void {
  for (let i = names.length; i < n; i++) names.push(name(i));
}
