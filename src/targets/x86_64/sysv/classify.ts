// The x86-64 System V psABI (§3.2.3) for one prototype: where each argument and the
// result go, in the oracle's location vocabulary so a prediction compares byte for byte
// with an observation, with the rules that fired. Pure.
import type { FunctionPrediction, Prediction } from '../../../data/prediction.js';
import type { Shape } from '../../../layout/shape.js';
import { LOST } from '../../../data/location.js';
import { assign, type State } from './assign.js';
import { classify, passingAlign, type Classified } from './classes.js';
import type { Trace } from './eightbyte.js';
import { highAlignedBelow8, llvmOf, sseIrBytes, type Llvm } from './clang-ir.js';
import { locate, type Placement } from './located.js';
import { returned } from './returns.js';
import type { SysvRules } from './rules.js';

const NO_TRACE: string[] = [];
const traceFor = (traced: boolean): Trace => (traced ? [] : undefined);

/**
 * For parameters and a result (undefined: void) already resolved to shapes. The result is
 * classified first: one returned in memory takes rdi for its buffer's address.
 */
export function predictShapes(params: readonly Shape[], ret: Shape | undefined, traced: boolean, rules: SysvRules): FunctionPrediction {
  const r = ret && predictReturn(ret, traced, rules);
  const demoted = rules.demotedReturnUncounted === true && ret !== undefined && demotedReturn(ret);
  // The frontend, which returns the vector as it is, counts rdi free for arguments.
  let s: State = demoted ? { gpr: 1, sse: 0, stack: 0, fe: { gpr: 0, sse: 0 } } : { gpr: r?.state.gpr![1] ?? 0, sse: 0, stack: 0 };
  const args = params.map((shape) => {
    const { p, next } = predictArgState(shape, s, traced, rules);
    s = next;
    return p;
  });
  return { args, ret: r };
}

/**
 * A vector clang returns as its IR type and the backend can only return through a buffer
 * (one of __int128 wider than 16 bytes, or of four long doubles): the backend adds the
 * buffer's address itself, in rdi.
 */
const demotedReturn = (s: Shape): boolean =>
  s.k === 'vector' && s.size > 16 && ((s.elem.k === 'int' && s.elem.size === 16) || (s.fp === 'x87' && s.size > 32));

export function predictArg(shape: Shape, before: State, traced: boolean, rules: SysvRules): Prediction {
  return predictArgState(shape, before, traced, rules).p;
}

/** The prediction and the state after it, a frontend count that differs included. */
function predictArgState(shape: Shape, before: State, traced: boolean, rules: SysvRules): { p: Prediction; next: State } {
  const trace = traceFor(traced);
  const align = passingAlign(shape);
  const classified = classify(shape, rules, trace);
  const a = assign(shape, classified, align, before, rules, trace);
  const p = prediction(shape, a.placement, trace, before, a.next, align, rules, halfOnlyOf(classified));
  return { p: rules.bf16ArgumentsRequieted ? requieted(shape, p, trace) : p, next: a.next };
}

export function predictReturn(shape: Shape, traced: boolean, rules: SysvRules): Prediction {
  const trace = traceFor(traced);
  const classified = classify(shape, rules, trace);
  const r = returned(shape, classified, rules, trace);
  const start: State = { gpr: 0, sse: 0, stack: 0 };
  return prediction(shape, r.placement, trace, start, r.inMemory ? { gpr: 1, sse: 0, stack: 0 } : start, passingAlign(shape), rules, halfOnlyOf(classified));
}

/**
 * A vector of long double as clang holds it: elements 10 bytes apart (LLVM's
 * <N x x86_fp80>), moved through the x87 unit, which re-encodes what is not a valid
 * extended value. Only the first element's bytes are where the C layout has them; the
 * caller's own copy of the C value, which the oracle may find whole in its frame, then
 * looks more like the argument than the argument does: no byte is predicted.
 */
function packedX87Elements(shape: Shape, bytes: (string | null)[], trace: Trace): (string | null)[] {
  if (shape.k !== 'vector' || shape.fp !== 'x87' || shape.size <= 16) return bytes;
  trace?.push('dialect: the elements are 10 bytes apart, not 16: where its bytes arrive is not predicted');
  return bytes.map((b) => (b === null ? b : LOST));
}

/** An SSEHF eightbyte in an xmm register (gcc: HFmode) moves its first 2 bytes: the rest are not passed. */
function halvesOnly(p: Placement, bytes: (string | null)[], halfOnly: readonly number[]): (string | null)[] {
  if (p.where !== 'parts') return bytes;
  const cut = halfOnly.filter((k) => p.parts[k]?.piece.startsWith('xmm'));
  if (cut.length === 0) return bytes;
  return bytes.map((b, j) => (b !== null && cut.includes(Math.floor(j / 8)) && j % 8 >= 2 ? LOST : b));
}

/**
 * An eightbyte of a value in an xmm register of its own (not an SSEUP continuation):
 * clang passes only the bytes of the IR type it picks for it. A first one before a second
 * whose IR type is aligned under 8 is widened to double instead (GetX86_64ByValArgumentPair).
 */
function narrowedSse(llvm: Llvm, shape: Shape, p: Placement, bytes: (string | null)[], trace: Trace): (string | null)[] {
  if (p.where !== 'parts' || p.parts.length > 2) return bytes;
  let out = bytes;
  for (let k = 0; k < p.parts.length; k++) {
    const part = p.parts[k];
    if (!part || !part.piece.startsWith('xmm') || (k > 0 && p.parts[k - 1] === part)) continue;
    const held = sseIrBytes(llvm, shape, 8 * k);
    if (held >= 8 || 8 * k + held >= bytes.length) continue;
    const high = k === 0 ? p.parts[1] : undefined;
    if (high && highAlignedBelow8(llvm, shape, high.piece.startsWith('xmm') ? 'SSE' : 'INTEGER')) continue;
    trace?.push(`dialect: clang types eightbyte ${k} as a ${held}-byte value: its bytes from ${8 * k + held} are not passed`);
    out = out.map((b, j) => (j >= 8 * k + held && j < 8 * k + 8 && b !== null ? LOST : b));
  }
  return out;
}

/**
 * clang -O0 passes each __bf16 of an argument in an xmm register through float and back
 * (__truncsfbf2), which makes a signaling NaN quiet: the low byte of each may arrive
 * changed, and is not predicted.
 */
function requieted(shape: Shape, p: Prediction, trace: Trace): Prediction {
  const offsets: number[] = [];
  bf16Offsets(shape, 0, offsets);
  const moved = offsets.filter((j) => p.bytes[j]?.startsWith('xmm'));
  if (moved.length === 0) return p;
  trace?.push('dialect: each __bf16 goes through float and back on its way (a signaling NaN turns quiet): its low byte is not predicted');
  const bytes = p.bytes.slice();
  for (const j of moved) bytes[j] = LOST;
  return { ...p, bytes };
}

/** The offset of every __bf16 in a value, members of unions included. */
function bf16Offsets(s: Shape, base: number, out: number[]): void {
  switch (s.k) {
    case 'fp': if (s.fp === 'bf16') out.push(base); return;
    case 'vector': if (s.fp === 'bf16') for (let j = 0; j < s.size; j += 2) out.push(base + j); return;
    case 'array': for (let i = 0; i < s.len; i++) bf16Offsets(s.elem, base + i * s.elem.size, out); return;
    case 'record': for (const f of s.rec.fields) if (!f.bitfield) bf16Offsets(f.shape, base + f.bitPos / 8, out); return;
    default: return;
  }
}

const halfOnlyOf = (c: Classified): readonly number[] => (c.c === 'classes' && c.halfOnly) || NO_HALVES;
const NO_HALVES: readonly number[] = [];

function prediction(shape: Shape, p: Placement, trace: Trace, before: State, after: State, naturalAlign: number, rules: SysvRules, halfOnly: readonly number[]): Prediction {
  const located = locate(shape, p);
  const { pieces } = located;
  let { bytes } = located;
  if (halfOnly.length > 0) bytes = halvesOnly(p, bytes, halfOnly);
  if (rules.longDoubleVectorsPacked) bytes = packedX87Elements(shape, bytes, trace);
  if (rules.sseTypedByIr) bytes = narrowedSse(llvmOf(rules), shape, p, bytes, trace);
  return {
    pieces, bytes, trace: trace ?? NO_TRACE,
    state: { gpr: [before.gpr, after.gpr], sse: [before.sse, after.sse], stack: [before.stack, after.stack] },
    naturalAlign,
  };
}
