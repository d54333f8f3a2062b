// Where a classified argument goes (§3.2.3, "passing"): INTEGER eightbytes in the next
// general registers, SSE eightbytes in the next vector registers (SSEUP continuing the
// register of the SSE before it); MEMORY and x87 classes, or a value whose eightbytes do
// not all fit, on the stack whole, the registers left for later arguments. Pure.
import { roundUp } from '../../../layout/round.js';
import { isComposite, type Shape } from '../../../layout/shape.js';
import { holdsNoData, type Classified } from './classes.js';
import type { EightbyteClass, Trace } from './eightbyte.js';
import { NOWHERE, onStack, registerPart, stackPart, type Part, type Placement } from './located.js';
import { registerParts } from './registers.js';
import type { SysvRules } from './rules.js';

export interface State {
  /** General argument registers used, 0..6. */
  gpr: number;
  /** Vector argument registers used, 0..8. */
  sse: number;
  /** The next stack offset, bytes from the first stack argument. */
  stack: number;
  /**
   * The registers clang's frontend believes used, when they differ from those the backend
   * allocated (`gpr`, `sse`) after an argument whose IR type is not its classes
   * (clang-x86-half-pair-low-integer). The frontend decides register or memory with
   * these; the backend then gives each IR part the next register left, or a stack slot.
   */
  fe?: { gpr: number; sse: number };
}

export interface Assigned {
  placement: Placement;
  next: State;
}

export const GPRS = ['rdi', 'rsi', 'rdx', 'rcx', 'r8', 'r9'] as const;
const XMMS = ['xmm0', 'xmm1', 'xmm2', 'xmm3', 'xmm4', 'xmm5', 'xmm6', 'xmm7'] as const;

/** Written out, not spread: V8 gives spread objects assorted hidden classes. */
const state = (gpr: number, sse: number, stack: number): State => ({ gpr, sse, stack });

/** `align`: the type's alignment for a stack slot (classes.ts passingAlign). */
export function assign(shape: Shape, c: Classified, align: number, s: State, rules: SysvRules, trace: Trace): Assigned {
  if (c.c === 'empty') return { placement: NOWHERE, next: s };
  if (c.c === 'memory') {
    trace?.push('MEMORY: a MEMORY-class argument is passed on the stack');
    return toStack(shape, align, s, rules, trace);
  }
  const { classes } = c;
  if (c.int128) return int128Whole(shape, classes, align, s, rules, trace);
  if (c.x87) return x87OnStack(shape, s, rules, trace);
  if (classes[0] === 'X87' || classes[0] === 'COMPLEX_X87') {
    trace?.push(`memory/x87: an argument of class ${classes[0]} is passed on the stack`);
    return toStack(shape, align, s, rules, trace);
  }
  const int128 = shape.k === 'int' && shape.size === 16 && shape.bitint === undefined;
  if (int128 && s.fe && !rules.int128Split) return int128BehindFrontend(shape, c, align, s, s.fe, rules, trace);
  if (c.frontend || s.fe) {
    const split = frontendBackend(shape, c.frontend ?? classes, classes, align, s, rules, trace);
    if (split) return split;
  }
  const ints = count(classes, 'INTEGER');
  const sses = count(classes, 'SSE');
  if (ints === 0 && sses === 0) {
    trace?.push('no-class: every eightbyte is NO_CLASS: no register and no stack');
    return { placement: NOWHERE, next: s };
  }
  if (s.gpr + ints <= GPRS.length && s.sse + sses <= XMMS.length) return inRegisters(classes, s, trace);
  if (int128 && rules.int128Split && s.gpr === GPRS.length - 1) return splitInt128(s, trace);
  trace?.push(`exhausted: ${ints} general and ${sses} vector registers needed, ${GPRS.length - s.gpr} and ${XMMS.length - s.sse} left: the whole argument on the stack, the registers stay free`);
  if (!rules.emptyRecordsInMemoryTakeSpace && isComposite(shape) && holdsNoData(shape)) {
    // gcc 12 -O2: g6(1, 2, 3, 4, 5, 6, struct { struct {} a __attribute__((aligned(4))); int : 8; }, 7)
    // pushes only the 7; with a register left the same struct takes esi.
    trace?.push('aggregate/empty: on the stack an aggregate of no data (gcc\'s empty type) takes no space');
    return { placement: NOWHERE, next: s };
  }
  const low = int128 && rules.int128StackAlign8;
  if (low) trace?.push('dialect: an __int128 on the stack is 8-aligned');
  const stacked = toStack(shape, low ? 8 : align, s, rules, trace);
  if (int128 && rules.int128ExhaustsGprs && s.gpr < GPRS.length) {
    trace?.push('dialect: the general registers left stay unused by later arguments (the frontend still counts them free)');
    return { placement: stacked.placement, next: withFrontend(state(GPRS.length, stacked.next.sse, stacked.next.stack), frontOf(s)) };
  }
  return stacked;
}

/**
 * clang when its frontend's register count and the backend's differ: the frontend passes
 * an aggregate (a _Complex too) in memory when the registers its classes need are not
 * left by its own count (a scalar stays direct); otherwise every eightbyte takes the backend's next
 * register of its class, or an 8-byte stack slot when none is left. Undefined: classes
 * this does not handle (x87, SSEUP), left to the ordinary path.
 */
function frontendBackend(shape: Shape, fe: readonly EightbyteClass[], be: readonly EightbyteClass[], align: number, s: State, rules: SysvRules, trace: Trace): Assigned | undefined {
  const plain = (cs: readonly EightbyteClass[]): boolean => cs.every((x) => x === 'INTEGER' || x === 'SSE' || x === 'NO_CLASS');
  if (!plain(fe) || !plain(be)) return undefined;
  const front = frontOf(s);
  const feInts = count(fe, 'INTEGER');
  const feSses = count(fe, 'SSE');
  const fits = front.gpr + feInts <= GPRS.length && front.sse + feSses <= XMMS.length;
  // clang's isAggregateTypeForABI (what has no scalar evaluation kind, _Complex included),
  // and a _BitInt, which getIndirectResult passes in memory alike.
  const aggregate = shape.k === 'record' || shape.k === 'array' || shape.k === 'complex' || (shape.k === 'int' && shape.bitint !== undefined);
  if (!fits && aggregate) {
    trace?.push(`exhausted (frontend's count): ${feInts} general and ${feSses} vector registers needed, ${GPRS.length - front.gpr} and ${XMMS.length - front.sse} left: the whole argument on the stack`);
    const stacked = toStack(shape, align, s, rules, trace);
    return { placement: stacked.placement, next: withFrontend(stacked.next, front) };
  }
  let gpr = s.gpr;
  let sse = s.sse;
  let stack = s.stack;
  const parts = be.map((x, k): Part | undefined => {
    if (x === 'INTEGER' && gpr < GPRS.length) return registerPart(GPRS[gpr++]!, 8 * k);
    if (x === 'SSE' && sse < XMMS.length) return registerPart(XMMS[sse++]!, 8 * k);
    if (x === 'NO_CLASS') return undefined;
    const at = roundUp(stack, 8);
    stack = at + 8;
    return stackPart(at, 8 * k);
  });
  trace?.push(`dialect: the backend gives each part the next register left (${parts.map((q) => q?.piece ?? '-').join(', ')}); the frontend counts ${feInts} general and ${feSses} vector registers`);
  const nextFront = fits ? { gpr: front.gpr + feInts, sse: front.sse + feSses } : front;
  return { placement: { where: 'parts', parts }, next: withFrontend(state(gpr, sse, stack), nextFront) };
}

/**
 * A bare __int128 when clang's frontend count differs from the backend's: it is direct
 * whatever the frontend counts, which takes two registers where it finds them. Where the
 * frontend found them, clang 17-21 hand the backend its halves one by one (each the next
 * register left, or an 8-byte slot); otherwise, and in clang 22, the backend keeps it
 * whole by its own count.
 */
function int128BehindFrontend(shape: Shape, c: Classified, align: number, s: State, front: { gpr: number; sse: number }, rules: SysvRules, trace: Trace): Assigned {
  const fits = front.gpr + 2 <= GPRS.length;
  if (fits && rules.int128ExhaustsGprs && c.c === 'classes') return frontendBackend(shape, c.classes, c.classes, align, s, rules, trace)!;
  const backend = assign(shape, c, align, state(s.gpr, s.sse, s.stack), rules, trace);
  const counted = fits ? { gpr: front.gpr + 2, sse: front.sse } : front;
  const next = backend.next;
  return { placement: backend.placement, next: withFrontend(state(next.gpr, next.sse, next.stack), counted) };
}

/**
 * An aggregate clang passes as the i128 its LLVM type begins with, from its INTEGER
 * eightbyte on (bytes 8-23 when that is the second: the i128 reads past the value). The
 * frontend counts two general registers for a first INTEGER eightbyte, one for a second,
 * and passes the aggregate in memory when they are not left; the backend gives the i128
 * two registers, or 16 bytes of stack when its own count leaves fewer.
 */
function int128Whole(shape: Shape, classes: readonly EightbyteClass[], align: number, s: State, rules: SysvRules, trace: Trace): Assigned {
  const front = frontOf(s);
  const k = classes[0] === 'INTEGER' ? 0 : 1;
  // The i128 in the first eightbyte's branch counts two; one found for the second, one.
  const counted = k === 0 ? 2 : 1;
  // An SSE second eightbyte still takes an xmm register, for bytes past the value.
  const sses = classes[1] === 'SSE' ? 1 : 0;
  if (front.gpr + counted > GPRS.length || front.sse + sses > XMMS.length) {
    trace?.push(`exhausted (frontend's count): ${counted} general registers needed, ${GPRS.length - front.gpr} left: the whole argument on the stack`);
    return toStack(shape, align, s, rules, trace);
  }
  const fe = { gpr: front.gpr + counted, sse: front.sse + sses };
  if (s.gpr + 2 <= GPRS.length && s.sse + sses <= XMMS.length) {
    trace?.push(`dialect: the i128 in ${GPRS[s.gpr]}, ${GPRS[s.gpr + 1]}${sses ? `, ${XMMS[s.sse]} for the bytes after it` : ''}`);
    const parts = k === 0 ? [registerPart(GPRS[s.gpr]!, 0), registerPart(GPRS[s.gpr + 1]!, 8)] : [undefined, registerPart(GPRS[s.gpr]!, 8)];
    return { placement: { where: 'parts', parts }, next: withFrontend(state(s.gpr + 2, s.sse + sses, s.stack), fe) };
  }
  const at = roundUp(s.stack, 16);
  trace?.push(`dialect: the i128 at stack+${at} (the backend has no two general registers left)`);
  const placement: Placement = k === 0 ? onStack(at) : { where: 'parts', parts: [undefined, stackPart(at, 8)] };
  return { placement, next: withFrontend(state(s.gpr, s.sse, at + 16), fe) };
}

/**
 * A <1 x x86_fp80> (clang-x86-long-double-vector-sse): the backend passes it on the stack
 * like a long double; the frontend counts the xmm register of its SSE class when one is
 * left by its count (or else passes a struct of it in memory, which is the same slot).
 */
function x87OnStack(shape: Shape, s: State, rules: SysvRules, trace: Trace): Assigned {
  const front = frontOf(s);
  // The slot is the IR type's, 16-aligned, whatever a packed struct around it says.
  const stacked = toStack(shape, 16, s, rules, trace);
  if (front.sse >= XMMS.length) return stacked;
  trace?.push('dialect: the backend passes the <1 x x86_fp80> on the stack; the frontend counts an xmm register');
  return { placement: stacked.placement, next: withFrontend(stacked.next, { gpr: front.gpr, sse: front.sse + 1 }) };
}

/** The registers clang's frontend counts used: its own count where it differs, else the backend's. */
function frontOf(s: State): { gpr: number; sse: number } {
  return s.fe ?? { gpr: s.gpr, sse: s.sse };
}

function withFrontend(s: State, fe: { gpr: number; sse: number }): State {
  if (fe.gpr === s.gpr && fe.sse === s.sse) return s;
  return { gpr: s.gpr, sse: s.sse, stack: s.stack, fe };
}

function count(classes: readonly EightbyteClass[], c: EightbyteClass): number {
  let n = 0;
  for (const x of classes) if (x === c) n++;
  return n;
}

function inRegisters(classes: readonly EightbyteClass[], s: State, trace: Trace): Assigned {
  const { parts, ints, sses } = registerParts(classes, GPRS, s.gpr, XMMS, s.sse);
  if (ints > 0) trace?.push(`gpr: INTEGER eightbytes in ${GPRS.slice(s.gpr, s.gpr + ints).join(', ')}`);
  if (sses > 0) trace?.push(`sse: SSE eightbytes in ${XMMS.slice(s.sse, s.sse + sses).join(', ')}`);
  const next = state(s.gpr + ints, s.sse + sses, s.stack);
  return { placement: { where: 'parts', parts }, next: s.fe ? withFrontend(next, { gpr: s.fe.gpr + ints, sse: s.fe.sse + sses }) : next };
}

/**
 * A dialect's __int128 with one general register left: the low half in it, the high half
 * on the stack. clang's frontend, which found no two registers for it, still counts that
 * one free: a later aggregate of one INTEGER eightbyte is passed direct, and the backend,
 * with none left, gives it an 8-byte stack slot (clang 16: f(char, char, char, __int128,
 * __int128 y, struct { unsigned __int128 a : 1; } z): y in r9 and at stack+0, z at stack+8).
 */
function splitInt128(s: State, trace: Trace): Assigned {
  const at = roundUp(s.stack, 8);
  trace?.push(`dialect: the low half in ${GPRS[s.gpr]}, the high half at stack+${at} (the frontend still counts ${GPRS[s.gpr]} free)`);
  const parts = [registerPart(GPRS[s.gpr]!, 0), stackPart(at, 8)];
  return { placement: { where: 'parts', parts }, next: withFrontend(state(GPRS.length, s.sse, at + 8), frontOf(s)) };
}

/** The whole value at the next stack offset rounded to max(8, its alignment), its size rounded to 8. */
function toStack(shape: Shape, align: number, s: State, rules: SysvRules, trace: Trace): Assigned {
  const slotAlign = Math.min(Math.max(8, align), rules.stackAlignCap ?? Infinity);
  const at = roundUp(s.stack, slotAlign);
  trace?.push(`stack: at stack+${at} (aligned to ${slotAlign}), ${roundUp(shape.size, 8)} bytes`);
  // No register taken in either count: a frontend count that differs stays as it was.
  const next = state(s.gpr, s.sse, at + roundUp(shape.size, 8));
  return { placement: onStack(at), next: s.fe ? withFrontend(next, s.fe) : next };
}
